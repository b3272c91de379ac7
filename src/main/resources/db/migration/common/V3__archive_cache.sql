-- Archive lookups cached between runs (portable SQL: H2 2.x and PostgreSQL).
-- URLs are keyed by the SHA-256 of the URL (hex), since long URLs are too long for a B-tree key.

-- One CDX answer per URL. CAPTURES answers are kept for good (captures do not disappear); NONE and
-- EXCLUDED answers are asked again once citewatch.archive.negative-cache-ttl has passed.
CREATE TABLE cw_archive_lookup (
    url_key       CHAR(64)                 NOT NULL PRIMARY KEY,
    url           VARCHAR(8192)            NOT NULL,
    outcome       VARCHAR(16)              NOT NULL,
    capture_count INTEGER                  NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The 200 captures of a URL (one per day), from its CAPTURES answer.
CREATE TABLE cw_archive_capture (
    url_key    CHAR(64)      NOT NULL,
    capture_ts CHAR(14)      NOT NULL,
    original   VARCHAR(8192) NOT NULL,
    PRIMARY KEY (url_key, capture_ts)
);

-- Snapshots chosen and verified for a URL and target date ('latest' without one); a found snapshot
-- does not change, so these rows never expire.
CREATE TABLE cw_archive_snapshot (
    url_key      CHAR(64)                 NOT NULL,
    target       VARCHAR(10)              NOT NULL,
    snapshot_url VARCHAR(8192)            NOT NULL,
    capture_ts   CHAR(14)                 NOT NULL,
    source       VARCHAR(32)              NOT NULL,
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (url_key, target)
);

-- Verdicts on replayed captures (VALID or BAD_CAPTURE; a capture's content never changes).
CREATE TABLE cw_archive_replay (
    replay_key CHAR(64)                 NOT NULL PRIMARY KEY,
    replay_url VARCHAR(8192)            NOT NULL,
    status     VARCHAR(32)              NOT NULL,
    reason     VARCHAR(1024)            NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
