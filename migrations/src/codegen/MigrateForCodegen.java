import org.flywaydb.core.Flyway;

/**
 * Build-time only, launched as a single-file program by exec-maven-plugin in generate-sources.
 * jOOQ generates from a database, not from SQL text (DDLDatabase is unavailable here), so this
 * migrates a throwaway H2 database under target/ with the same Flyway scripts the application runs.
 * Not part of the migrations jar.
 *
 * Arguments: JDBC URL, Flyway location (e.g. filesystem:src/main/resources/db/migration).
 */
class MigrateForCodegen {
    public static void main(String[] args) {
        // Flyway logs through java.util.logging here; INFO lines would drown the build output
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(args[0], "sa", "")
                .locations(args[1])
                // start from an empty schema so an edited migration never leaves stale tables behind
                .cleanDisabled(false)
                .load();
        flyway.clean();
        int applied = flyway.migrate().migrationsExecuted;
        System.out.println("[codegen] migrated " + applied + " script(s) into " + args[0]);
    }
}
