-- When a published story's text (headline, standfirst or body) was last changed by an editor: the "Updated"
-- readers see. Not updated_at, which moves with every save (an unchanged one, a draft's, the publication of a
-- story written earlier) and keeps the newsroom's list and the sitemaps' last changes.
alter table article add column edited_at timestamptz;
