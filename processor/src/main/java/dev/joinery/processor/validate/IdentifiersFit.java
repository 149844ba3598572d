package dev.joinery.processor.validate;

import dev.joinery.processor.bind.TableIndex;
import dev.joinery.processor.bind.Link;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every name Joinery puts in the DDL (tables, columns, indexes, foreign-key constraints, junction
 * tables and their columns and constraints) fits in 63 bytes: PostgreSQL silently cuts longer
 * names, so two long names can become one and the catalog no longer matches what sync and the
 * generated code expect; MySQL refuses names over 64 characters.
 *
 * <p>Each error lands on the declaration that produced the name and says how to shorten it.
 * A derived name ({@code <table>_<column>_fkey}) is checked only when its parts fit, because a
 * part that is too long is already reported and shortening it fixes the derived name too.
 */
final class IdentifiersFit implements Rule {
  /** PostgreSQL's NAMEDATALEN - 1, the shortest limit of the supported databases. */
  static final int MAX_BYTES = 63;

  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      checkTable(graph, table, report);
    }
    for (ForeignKey key : graph.foreignKeys()) {
      checkForeignKey(key, report);
    }
    Set<String> junctions = new HashSet<>();
    for (Junction junction : graph.junctions()) {
      // A through record's table, columns and indexes are checked as the record's own.
      if (!junction.hasThroughRecord() && junctions.add(junction.throughKey())) {
        checkJunction(junction, report);
      }
    }
  }

  /** Whether a name fits; PostgreSQL counts bytes of UTF-8. */
  static boolean fits(String name) {
    return bytes(name) <= MAX_BYTES;
  }

  static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void checkTable(RoundGraph graph, TableModel table, ValidationReport report) {
    String name = table.tableName();
    if (!fits(name)) {
      report.error(Message.TABLE_NAME_TOO_LONG, table.source(), table, name, table.recordName(),
          bytes(name));
    }
    for (ColumnModel column : table.columns()) {
      if (!fits(column.columnName())) {
        SourceRef where = Where.isExplicit(column.source(), "name")
            ? Where.member(column.source(), "name")
            : SourceRef.of(column.source().element());
        report.error(Message.COLUMN_NAME_TOO_LONG, where, table, column.columnName(),
            table.recordName(), column.property(), bytes(column.columnName()));
      }
    }
    for (TableIndex index : graph.indexes(table)) {
      boolean partsFit = fits(name) && index.columns().stream().allMatch(IdentifiersFit::fits);
      if ((index.named() || partsFit) && !fits(index.name())) {
        report.error(Message.INDEX_NAME_TOO_LONG, IndexOrigin.where(index),
            IndexOrigin.owner(index), index.name(), IndexOrigin.describe(index),
            bytes(index.name()), IndexOrigin.rename(index));
      }
    }
  }

  /** On the declaration with {@code uniqueKey} if any, else on the first declaration. */
  private static void checkForeignKey(ForeignKey key, ValidationReport report) {
    boolean partsFit = fits(key.holder().tableName()) && fits(key.column().columnName());
    if ((!ConstraintOrigin.named(key) && !partsFit) || fits(key.name())) {
      return;
    }
    Link link = ConstraintOrigin.declaration(key);
    report.error(Message.CONSTRAINT_NAME_TOO_LONG, ConstraintOrigin.where(key), link.source(),
        key.name(), RoundGraph.annotationName(link.association().kind()),
        link.source().recordName(), link.association().name(), bytes(key.name()));
  }

  private static void checkJunction(Junction junction, ValidationReport report) {
    SourceRef source = junction.association().source();
    String through = junction.table();
    boolean partsFit = true;
    if (!fits(through)) {
      partsFit = false;
      report(junction, Where.member(source, "through"), "junction table name", through,
          "choose a shorter through", report);
    }
    for (String member : List.of("foreignKey", "otherKey")) {
      String column = member.equals("foreignKey") ? junction.sourceColumn() : junction.targetColumn();
      if (!fits(column)) {
        partsFit = false;
        report(junction, Where.member(source, member), "junction column name", column,
            "choose a shorter one with " + member + " = \"...\"", report);
      }
    }
    if (!partsFit) {
      return;
    }
    // The constraint names are the longest derived ones; the junction's index name is shorter.
    for (String column : List.of(junction.sourceColumn(), junction.targetColumn())) {
      String constraint = Naming.foreignKeyName(through, column);
      if (!fits(constraint)) {
        report(junction, Where.member(source, "through"), "foreign-key constraint name",
            constraint, "choose a shorter through or shorter junction column names", report);
        return;
      }
    }
  }

  private static void report(Junction junction, SourceRef where, String what, String name,
      String fix, ValidationReport report) {
    report.error(Message.JUNCTION_NAME_TOO_LONG, where, junction.source(), what, name,
        junction.source().recordName(), junction.association().name(), bytes(name), fix);
  }
}
