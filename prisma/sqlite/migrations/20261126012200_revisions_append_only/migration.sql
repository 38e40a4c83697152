-- Hand-written (docs/decisions/0001-migrations.md): the models do not describe triggers.
-- Revisions are the audit trail: rows are only ever inserted. Any UPDATE or DELETE is refused by
-- the database itself, whatever path it comes from (the app, a script, a console session).
-- Note: a later generated migration that rebuilds the "Revision" table (SQLite's create-copy-drop
-- pattern) drops these triggers with the old table; recreate them in that migration.
CREATE TRIGGER "Revision_append_only_update"
BEFORE UPDATE ON "Revision"
BEGIN
    SELECT RAISE(ABORT, 'Revision rows are append-only: UPDATE is not allowed');
END;

CREATE TRIGGER "Revision_append_only_delete"
BEFORE DELETE ON "Revision"
BEGIN
    SELECT RAISE(ABORT, 'Revision rows are append-only: DELETE is not allowed');
END;
