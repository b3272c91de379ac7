package org.citewatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Validation of JSON documents against a JSON Schema file, with format assertions on. */
public final class JsonSchemas {

    private JsonSchemas() {}

    /** @return the validation messages; empty when the document is valid */
    public static List<String> validate(Path schemaFile, SpecVersion.VersionFlag version, Path document)
            throws IOException {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(version).getSchema(in, config);
        }
        Set<ValidationMessage> messages = schema.validate(new ObjectMapper().readTree(document.toFile()));
        return messages.stream().map(ValidationMessage::toString).sorted().toList();
    }
}
