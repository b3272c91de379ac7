-- Issue 10: the citation's own date= (a snapshot target when it has no access date), and per document
-- the wiki language and the date style its pages write, so that citewatch report (and fix) write dates
-- in suggested wikitext the page's way without the page's text. Portable SQL for H2 2.x and PostgreSQL.

ALTER TABLE cw_citation ADD COLUMN date_raw VARCHAR(200);
ALTER TABLE cw_citation ADD COLUMN date_value DATE;
ALTER TABLE cw_citation ADD COLUMN date_precision VARCHAR(10);

-- language: a code such as zh or en, NULL when the input named none; date_style: a DateStyle name,
-- NULL for documents stored before this version (read as the style of an unknown language).
ALTER TABLE cw_document ADD COLUMN language VARCHAR(40);
ALTER TABLE cw_document ADD COLUMN date_style VARCHAR(20);
