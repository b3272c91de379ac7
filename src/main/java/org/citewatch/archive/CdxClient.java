package org.citewatch.archive;

import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Asks the Wayback CDX server for every 200 capture of one exact URL, in one request; the caller
 * picks per citation from that list, so several access dates cost one query.
 */
final class CdxClient {

    /** CDX answers for popular URLs are long; beyond this many bytes the answer is not trusted. */
    private final long maxBodyBytes;

    private final ArchiveEndpoint endpoint;
    private final CdxParser parser;

    CdxClient(ArchiveEndpoint endpoint, CdxParser parser, long maxBodyBytes) {
        this.endpoint = endpoint;
        this.parser = parser;
        this.maxBodyBytes = maxBodyBytes;
    }

    CdxAnswer captures(String url) {
        HttpUrl query = endpoint.base()
                .newBuilder()
                .addQueryParameter("url", url)
                .addQueryParameter("output", "json")
                .addQueryParameter("fl", String.join(",", CdxParser.FIELDS))
                .addQueryParameter("filter", "statuscode:200")
                // one capture per day is all the choice needs, and it keeps answers for popular URLs short
                .addQueryParameter("collapse", "timestamp:8")
                .build();
        Request request = new Request.Builder()
                .url(query)
                .header("Accept", "application/json")
                .build();
        HttpReply reply = endpoint.send(request, maxBodyBytes);
        if (reply instanceof HttpReply.Halted halted) {
            return new CdxAnswer.Failed(halted.reason(), true);
        }
        if (reply instanceof HttpReply.Failed failed) {
            return new CdxAnswer.Failed(failed.reason(), false);
        }
        HttpReply.Answered answer = (HttpReply.Answered) reply;
        if (answer.code() == 403) {
            // blocked site or robots exclusion: a standing decision of the archive, not an error to retry
            String why = answer.header("X-Archive-Wayback-Runtime-Error");
            return new CdxAnswer.Excluded(why == null ? "CDX answered 403" : why);
        }
        if (answer.code() != 200) {
            return new CdxAnswer.Failed("CDX answered HTTP " + answer.code(), false);
        }
        if (answer.truncated()) {
            return new CdxAnswer.Failed("CDX answer longer than " + maxBodyBytes + " bytes", false);
        }
        Optional<List<Capture>> captures = parser.parse(answer.body());
        if (captures.isEmpty()) {
            // e.g. a plain-text "no results for this date range": not an answer, so not "not archived"
            return new CdxAnswer.Failed("CDX answer is not JSON", false);
        }
        return new CdxAnswer.Captures(captures.get());
    }
}
