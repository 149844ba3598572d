/**
 * Versioned migrations for Flyway: {@link dev.joinery.migration.FlywayMigrations} writes what
 * {@code db.plan(schema, ALTER)} finds missing as the next {@code V<n>__<description>.sql} of a
 * migrations directory, and {@link dev.joinery.migration.WriteMigration} does it from the command
 * line (or {@code mvn exec:java}).
 */
package dev.joinery.migration;
