-- Issue 17: content drift and usurped domains. Portable SQL for H2 2.x and PostgreSQL.

-- What an ALIVE HTML page said about itself when it was checked (check.PageDigest): its title, main
-- heading and the opening of its text, each clipped (300, 300, 600 characters) so that keeping them
-- for every alive link costs little. NULL for other checks and for checks made before this version.
ALTER TABLE cw_check ADD COLUMN page_title VARCHAR(1000);
ALTER TABLE cw_check ADD COLUMN page_heading VARCHAR(1000);
ALTER TABLE cw_check ADD COLUMN page_text VARCHAR(2000);

-- What the drift step found for a citation in a run: CONTENT_CHANGED or USURPED, with the three titles
-- an editor compares and whether the setting citewatch.drift.treat-as-dead made it count as dead.
CREATE TABLE cw_drift_finding (
    citation_id     BIGINT NOT NULL REFERENCES cw_citation (id) ON DELETE CASCADE,
    run_id          BIGINT NOT NULL REFERENCES cw_run (id),
    kind            VARCHAR(20) NOT NULL,
    counts_as_dead  BOOLEAN NOT NULL,
    cited_title     VARCHAR(4000),
    live_title      VARCHAR(1000),
    capture_title   VARCHAR(1000),
    capture_url     VARCHAR(8192),
    capture_at      TIMESTAMP WITH TIME ZONE,
    evidence        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (citation_id, run_id)
);

-- Archived pages read by the drift step, by the SHA-256 of their replay URL. A capture never changes,
-- so a row is kept for good and a later run asks the archive nothing about it.
CREATE TABLE cw_capture_page (
    capture_key   CHAR(64)                 NOT NULL PRIMARY KEY,
    capture_url   VARCHAR(8192)            NOT NULL,
    page_title    VARCHAR(1000)            NOT NULL,
    page_heading  VARCHAR(1000)            NOT NULL,
    page_text     VARCHAR(2000)            NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
