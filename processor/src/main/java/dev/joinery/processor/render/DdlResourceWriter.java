package dev.joinery.processor.render;

import dev.joinery.dialect.Dialect;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.SchemaDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the DDL of a compilation's schema as one SQL script per dialect, the resource
 * {@code META-INF/joinery/<dialect>/schema.sql} that a user can hand to Flyway or Liquibase. The
 * text is the runtime's own {@link DdlScript} rendered by the runtime's dialects, from the same
 * {@link SchemaDef} as {@code JoinerySchema}, so the files and {@code sync} never disagree.
 */
public final class DdlResourceWriter {
  private final List<Dialect> dialects;

  public DdlResourceWriter(List<Dialect> dialects) {
    this.dialects = List.copyOf(dialects);
  }

  /** Where a dialect's script goes in the class output. */
  public static String path(Dialect dialect) {
    return "META-INF/joinery/" + dialect.name() + "/schema.sql";
  }

  /** Each dialect's script, by resource path, in the order the dialects were given. */
  public Map<String, String> write(SchemaDef schema) {
    Map<String, String> scripts = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      scripts.put(path(dialect), DdlScript.text(schema, dialect));
    }
    return scripts;
  }
}
