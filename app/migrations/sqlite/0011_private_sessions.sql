-- Sightline schema, version 11: "start private sessions" became a permission of its own
-- (creating sessions by PIN, link, email or text message, as opposed to picking up a
-- channel's customers). Groups that could start sessions keep creating their own.

UPDATE tech_groups SET permissions = permissions || ',private-sessions'
WHERE permissions IS NOT NULL AND (',' || permissions || ',') LIKE '%,start-sessions,%';
