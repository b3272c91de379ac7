-- Issue 12 and issue 10 (extract-rules): two facts the wikitext states about a citation.
-- ignored: a {{cbignore}} follows it, so editors asked bots to leave it alone; it is reported but
--   never offered a fix nor counted by the gate.
-- cited_as_archive: the document cites an archive copy; url is the original that the archive URL
--   names, and the text at line_no:column_no is archive_url (an edit must replace that span).
-- Existing rows were extracted before these rules existed: neither applies to them.
ALTER TABLE cw_citation ADD COLUMN ignored BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cw_citation ADD COLUMN cited_as_archive BOOLEAN DEFAULT FALSE NOT NULL;
