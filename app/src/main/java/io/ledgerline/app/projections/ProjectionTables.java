package io.ledgerline.app.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL tables of each projection, and what a rebuild does with them (AUD-3). A table belongs to a
 * projection when its comment starts with {@code projection:<processing group>} (set in the migration that
 * creates it). A rebuild gets a schema of its own holding empty copies of its projection's tables (same
 * columns, defaults, constraints, indexes and names, foreign keys between the copies), fills them, and at the
 * switch the copies take the live tables' place in one transaction. Every method runs in the caller's
 * transaction.
 */
@Component
class ProjectionTables {

    static final String DECLARATION = "projection:";

    private final JdbcClient jdbc;

    ProjectionTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schema the read models live in (where Flyway created them). */
    String liveSchema() {
        return jdbc.sql("select current_schema()").query(String.class).single();
    }

    /** Every declared table of the live schema, by processing group, in name order. */
    Map<String, List<String>> declarations() {
        Map<String, List<String>> tables = new TreeMap<>();
        jdbc.sql("""
                        select c.relname, obj_description(c.oid, 'pg_class') from pg_class c
                        where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                          and obj_description(c.oid, 'pg_class') like 'projection:%'
                        order by c.relname""")
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list()
                .forEach(table -> tables.computeIfAbsent(groupOf(table.getValue()), group -> new ArrayList<>())
                        .add(table.getKey()));
        return tables;
    }

    List<String> declaredBy(String processingGroup) {
        return declarations().getOrDefault(processingGroup, List.of());
    }

    /**
     * What keeps {@code tables} from being replaced by copies: objects outside them that would keep pointing at
     * the old tables (foreign keys, views) or that a copy would not carry (triggers, sequence defaults).
     */
    List<String> obstacles(List<String> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        List<String> obstacles = new ArrayList<>();
        obstacles.addAll(jdbc.sql("""
                        select format('foreign key %s of table %s references %s', conname, conrelid::regclass, confrelid::regclass)
                        from pg_constraint where contype = 'f'
                          and confrelid in (select oid from pg_class where relnamespace = current_schema()::regnamespace and relname in (:tables))
                          and conrelid not in (select oid from pg_class where relnamespace = current_schema()::regnamespace and relname in (:tables))""")
                .param("tables", tables).query(String.class).list());
        obstacles.addAll(jdbc.sql("""
                        select distinct format('view %s depends on %s', r.ev_class::regclass, d.refobjid::regclass)
                        from pg_depend d join pg_rewrite r on r.oid = d.objid
                        where d.classid = 'pg_rewrite'::regclass
                          and d.refobjid in (select oid from pg_class where relnamespace = current_schema()::regnamespace and relname in (:tables))
                          and r.ev_class <> d.refobjid""")
                .param("tables", tables).query(String.class).list());
        obstacles.addAll(jdbc.sql("""
                        select format('trigger %s on %s', tgname, tgrelid::regclass) from pg_trigger
                        where not tgisinternal
                          and tgrelid in (select oid from pg_class where relnamespace = current_schema()::regnamespace and relname in (:tables))""")
                .param("tables", tables).query(String.class).list());
        obstacles.addAll(jdbc.sql("""
                        select format('column %s.%s takes its default from a sequence the copy would share', a.attrelid::regclass, a.attname)
                        from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                        where pg_get_expr(d.adbin, d.adrelid) like 'nextval(%'
                          and d.adrelid in (select oid from pg_class where relnamespace = current_schema()::regnamespace and relname in (:tables))""")
                .param("tables", tables).query(String.class).list());
        return obstacles;
    }

    /** Creates {@code schema} afresh with an empty copy of each of {@code tables}. */
    void createCopies(String schema, List<String> tables) {
        String live = liveSchema();
        dropSchema(schema);
        jdbc.sql("select format('create schema %I', :schema)").param("schema", schema).query(String.class).list()
                .forEach(this::execute);
        List<String> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (String table : tables) {
            Map<String, Object> names = new LinkedHashMap<>();
            names.put("live", live);
            names.put("schema", schema);
            names.put("table", table);
            columns.add(jdbc.sql("""
                            select format('create table %I.%I (like %I.%I including all excluding indexes excluding constraints excluding statistics)',
                                          :schema, :table, :live, :table)""")
                    .params(names).query(String.class).single());
            columns.addAll(jdbc.sql("""
                            select format('comment on table %I.%I is %L', :schema, :table, obj_description(format('%I.%I', :live, :table)::regclass, 'pg_class'))""")
                    .params(names).query(String.class).list());
            // Constraint definitions name other tables without a schema when they are in the live schema, so that
            // run against the copies' schema first, they point at the copies.
            keys.addAll(jdbc.sql("""
                            select format('alter table %I.%I add constraint %I %s', :schema, :table, conname, pg_get_constraintdef(oid))
                            from pg_constraint where conrelid = format('%I.%I', :live, :table)::regclass and contype <> 'f'
                            order by case contype when 'p' then 0 when 'u' then 1 else 2 end, conname""")
                    .params(names).query(String.class).list());
            foreignKeys.addAll(jdbc.sql("""
                            select format('alter table %I.%I add constraint %I %s', :schema, :table, conname, pg_get_constraintdef(oid))
                            from pg_constraint where conrelid = format('%I.%I', :live, :table)::regclass and contype = 'f'
                            order by conname""")
                    .params(names).query(String.class).list());
            indexes.addAll(jdbc.sql("""
                            select format('create %s index %I on %I.%I using %s', case when i.indisunique then 'unique' else '' end,
                                          c.relname, :schema, :table, substring(pg_get_indexdef(i.indexrelid) from ' USING (.*)$'))
                            from pg_index i join pg_class c on c.oid = i.indexrelid
                            where i.indrelid = format('%I.%I', :live, :table)::regclass
                              and not exists (select 1 from pg_constraint k
                                              where k.conrelid = i.indrelid and k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))
                            order by c.relname""")
                    .params(names).query(String.class).list());
        }
        searchPath(schema, live);
        columns.forEach(this::execute);
        keys.forEach(this::execute);
        foreignKeys.forEach(this::execute);
        indexes.forEach(this::execute);
        searchPath(live);
    }

    /**
     * Puts the copies in place of the live tables: the live tables are locked (readers and the live processor
     * wait for the moment of the swap), moved aside and dropped, and the copies moved into the live schema
     * under the same names.
     */
    void swap(String schema, List<String> tables) {
        String live = liveSchema();
        String retired = "retired_" + schema;
        if (!tables.isEmpty()) {
            execute(jdbc.sql("select format('lock table %s in access exclusive mode', string_agg(format('%I.%I', :live, t), ', ')) from unnest(cast(:tables as text[])) t")
                    .param("live", live).param("tables", tables.toArray(String[]::new)).query(String.class).single());
        }
        dropSchema(retired);
        execute(format("create schema %I", retired));
        for (String table : tables) {
            execute(format("alter table %I.%I set schema %I", live, table, retired));
            execute(format("alter table %I.%I set schema %I", schema, table, live));
        }
        dropSchema(retired);
        dropSchema(schema);
    }

    void dropSchema(String schema) {
        execute(format("drop schema if exists %I cascade", schema));
    }

    /** The name of the schema a rebuild of {@code processingGroup} writes to. */
    static String rebuildSchema(String processingGroup) {
        String name = "rebuild_" + processingGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.length() > 55 ? name.substring(0, 55) : name;
    }

    static String groupOf(String comment) {
        String rest = comment.substring(DECLARATION.length()).strip();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    private void searchPath(String... schemas) {
        execute(format("set local search_path to " + "%I, ".repeat(schemas.length - 1) + "%I", (Object[]) schemas));
    }

    /** Formats a statement with PostgreSQL's own quoting of identifiers ({@code %I}). */
    private String format(String template, Object... identifiers) {
        StringBuilder sql = new StringBuilder("select format(?");
        for (int i = 0; i < identifiers.length; i++) {
            sql.append(", ?");
        }
        return jdbc.sql(sql.append(')').toString()).params(List.of(prepend(template, identifiers))).query(String.class).single();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private void execute(String statement) {
        jdbc.sql(statement).update();
    }
}
