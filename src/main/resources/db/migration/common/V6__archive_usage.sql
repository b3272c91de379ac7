-- What each run's archive step asked the archive, per endpoint (portable SQL: H2 2.x and PostgreSQL).
-- Added to after every committed chunk, so a resumed run's counts include the part before the crash.
CREATE TABLE cw_archive_usage (
    run_id       BIGINT      NOT NULL,
    endpoint     VARCHAR(32) NOT NULL,
    requests     BIGINT      NOT NULL,
    rate_limited BIGINT      NOT NULL,
    PRIMARY KEY (run_id, endpoint)
);
