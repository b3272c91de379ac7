package org.citewatch.archive;

import java.util.Objects;

/** What reading one archived page came to. */
public sealed interface CaptureRead {

    /** The capture is an HTML page; its title, heading and opening text. */
    record Page(CapturedPage page) implements CaptureRead {
        public Page {
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * The capture is no page to compare with (a capture of a redirect, an error, not HTML, not a Wayback
     * capture with a timestamp): lasting, since a capture never changes.
     */
    record NoPage(String reason) implements CaptureRead {
        public NoPage {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The archive could not be asked or did not answer this time (limiter halted, network, 5xx). */
    record Unavailable(String reason) implements CaptureRead {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
