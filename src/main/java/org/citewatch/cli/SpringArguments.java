package org.citewatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The command line split into Spring Boot property arguments and picocli arguments. */
record SpringArguments(String[] springArgs, String[] commandArgs) {

    /** {@code --some.dotted.name=value}: a Spring Boot property, as in any Boot application. */
    private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*", Pattern.DOTALL);

    static SpringArguments split(String[] args) {
        List<String> spring = new ArrayList<>();
        List<String> command = new ArrayList<>();
        boolean afterDoubleDash = false;
        for (String arg : args) {
            if (!afterDoubleDash && "--".equals(arg)) {
                afterDoubleDash = true;
                command.add(arg);
            } else if (!afterDoubleDash && PROPERTY.matcher(arg).matches()) {
                spring.add(arg);
            } else {
                command.add(arg);
            }
        }
        return new SpringArguments(spring.toArray(String[]::new), command.toArray(String[]::new));
    }
}
