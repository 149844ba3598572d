package dev.joinery.processor.render;

import dev.joinery.dialect.Dialect;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.SchemaDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the DDL of a compilation's schema as one SQL script per dialect, twice: the resource
 * {@code META-INF/joinery/<dialect>/schema.sql} for a user to read or hand to Liquibase, and the
 * same text as {@code db/joinery/<dialect>/V1__joinery_baseline.sql}, a Flyway versioned
 * migration in a location of its own per dialect, so that Flyway (or Spring Boot's
 * {@code spring.flyway.locations=classpath:db/joinery/{vendor}}) picks up exactly one baseline.
 * Not under Flyway's default {@code db/migration}: the three dialects' files would all be found
 * there as three version 1 migrations. The text is the runtime's own {@link DdlScript} rendered
 * by the runtime's dialects, from the same {@link SchemaDef} as {@code JoinerySchema}, so the
 * files and {@code sync} never disagree.
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

  /** Where a dialect's Flyway baseline goes in the class output. */
  public static String baselinePath(Dialect dialect) {
    return "db/joinery/" + dialect.name() + "/V1__joinery_baseline.sql";
  }

  /** Each dialect's script and baseline, by resource path, in the order the dialects were given. */
  public Map<String, String> write(SchemaDef schema) {
    Map<String, String> scripts = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      String text = DdlScript.text(schema, dialect);
      scripts.put(path(dialect), text);
      scripts.put(baselinePath(dialect), text);
    }
    return scripts;
  }
}
