-- After every migrate on PostgreSQL (a Flyway callback: it runs even when nothing was pending), as the schema
-- owner: sets the application role's privileges afresh, so tables added by any later migration are covered
-- (decision 0018). The application role may read and write ordinary tables; on an append-only table, one with a
-- trigger named <table>_append_only, only SELECT and INSERT. It never gets TRUNCATE, REFERENCES, TRIGGER, DDL or
-- the Flyway history, and owns nothing, so it cannot disable a trigger either (ALTER TABLE needs the owner).
-- ${appRole} is spring.flyway.placeholders.appRole, the datasource's user; empty only for a deliberately
-- single-role database (the benchmark), where nothing is granted.
do $$
declare
    app    constant text := '${appRole}';
    schema constant text := current_schema();
    others text;
    t      record;
begin
    if app = '' then
        raise notice 'no application role configured: its privileges are not managed';
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'the application role "%" does not exist: create it (README, Running on PostgreSQL)', app;
    end if;
    if pg_has_role(app, current_user, 'MEMBER') then
        raise exception 'the application role "%" must not be the schema owner "%" or a member of it', app, current_user;
    end if;
    if exists (select 1 from pg_roles where rolname = app
               and (rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls)) then
        raise exception 'the application role "%" must be NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS',
            app;
    end if;
    -- A GRANT on someone else's table is only a warning: without this, a database whose tables another role
    -- created (an install from before the two roles) would start and then fail on the first write.
    select string_agg(c.relname, ', ' order by c.relname) into others
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = schema and c.relkind in ('r', 'p', 'S') and pg_get_userbyid(c.relowner) <> current_user;
    if others is not null then
        raise exception 'the schema owner "%" must own every table and sequence in %; it does not own: %',
            current_user, schema, others;
    end if;

    execute format('revoke create on schema %I from public', schema);
    execute format('grant usage on schema %I to %I', schema, app);
    execute format('revoke all on all tables in schema %I from %I', schema, app);
    execute format('revoke all on all sequences in schema %I from %I', schema, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema, app);
    execute format('grant usage on all sequences in schema %I to %I', schema, app);
    execute format('revoke all on table %I.%I from %I', schema, '${flyway:table}', app);
    for t in
        select c.relname
        from pg_trigger g
        join pg_class c on c.oid = g.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = schema and not g.tgisinternal and g.tgname = c.relname || '_append_only'
    loop
        execute format('revoke update, delete on table %I.%I from %I', schema, t.relname, app);
    end loop;
end
$$;
