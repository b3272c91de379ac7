-- Issue 14: documents read from a live wiki keep their page and revision, so the next run fetches
-- only pages whose revision changed and a fix can name the revision it is based on. The listing
-- marks hold, per run and listing, the wiki time up to which recent changes were read, so the next
-- run's "--changed-since last" starts where this one stopped. Portable SQL for H2 2.x and PostgreSQL.

ALTER TABLE cw_document ADD COLUMN wiki VARCHAR(1000);
ALTER TABLE cw_document ADD COLUMN page_title VARCHAR(1000);
ALTER TABLE cw_document ADD COLUMN page_id BIGINT;
ALTER TABLE cw_document ADD COLUMN revision_id BIGINT;
ALTER TABLE cw_document ADD COLUMN revision_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE cw_source_mark (
    run_id      BIGINT NOT NULL REFERENCES cw_run (id) ON DELETE CASCADE,
    mark_key    CHAR(64) NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, mark_key)
);
