-- Issue 10 (verdicts-check). Portable SQL for H2 2.x and PostgreSQL.

-- The reason REDIRECT_TO_ROOT became REDIRECT_TO_HOME: a home page need not be the root ("/eng/index.do",
-- the root of another domain). Reasons are stored only in cw_check.
UPDATE cw_check SET reason = 'REDIRECT_TO_HOME' WHERE reason = 'REDIRECT_TO_ROOT';

-- The citation's access marker: the url-access value (subscription, registration, limited, free) or the
-- kind of a {{subscription required}}-style template; NULL when the wikitext says nothing.
ALTER TABLE cw_citation ADD COLUMN url_access VARCHAR(40);
