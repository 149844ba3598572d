package dev.joinery.schema;

/** How {@link SchemaSync} brings a database to a {@link SchemaDef} (Sequelize's sync options). */
public enum SyncMode {
  /**
   * Creates the tables that are missing, in foreign-key order, with their indexes and foreign
   * keys; tables that exist are left exactly as they are (Sequelize's {@code sync()}).
   */
  CREATE,
  /**
   * Drops every table of the schema that exists, in reverse order, then creates them all: every
   * row is lost (Sequelize's {@code sync({ force: true })}).
   */
  FORCE,
  /**
   * Compares the schema with the live catalog and adds what is missing: tables, columns,
   * indexes and foreign-key constraints. Never drops or changes anything, so no data is lost and
   * a second run does nothing (Sequelize's {@code sync({ alter: true })} without its
   * destructive half).
   */
  ALTER
}
