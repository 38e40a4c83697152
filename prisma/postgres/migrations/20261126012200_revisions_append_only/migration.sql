-- Hand-written (docs/decisions/0001-migrations.md): the models do not describe triggers.
-- Revisions are the audit trail: rows are only ever inserted. Any UPDATE, DELETE or TRUNCATE is
-- refused by the database itself, whatever path it comes from (the app, a script, a console session).
-- Statement-level triggers, so even a statement matching no row is refused.
CREATE FUNCTION "revision_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Revision rows are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "Revision_append_only_update"
BEFORE UPDATE ON "Revision"
FOR EACH STATEMENT EXECUTE FUNCTION "revision_append_only"();

CREATE TRIGGER "Revision_append_only_delete"
BEFORE DELETE ON "Revision"
FOR EACH STATEMENT EXECUTE FUNCTION "revision_append_only"();

CREATE TRIGGER "Revision_append_only_truncate"
BEFORE TRUNCATE ON "Revision"
FOR EACH STATEMENT EXECUTE FUNCTION "revision_append_only"();
