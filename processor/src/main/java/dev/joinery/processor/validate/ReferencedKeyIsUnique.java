package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.IndexModel;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * A written {@code sourceKey}/{@code targetKey} names a unique column: MySQL, PostgreSQL and H2
 * all refuse a foreign key whose referenced column is neither a primary key nor covered by a
 * unique constraint, and an association over a non-unique key would not be one-to-something.
 */
final class ReferencedKeyIsUnique implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (Link link : graph.links()) {
      if (RoundGraph.referencedKeyName(link.association()).isEmpty()
          || isUnique(link.referenced(), link.referencedKey())) {
        continue;
      }
      String member = RoundGraph.referencedKeyMember(link.association());
      report.error(Message.REFERENCED_KEY_NOT_UNIQUE,
          Where.member(link.association().source(), member), link.source(),
          RoundGraph.annotationName(link.association().kind()), member,
          link.referencedKey().property(), link.source().recordName(), link.association().name(),
          link.referenced().recordName());
    }
  }

  private static boolean isUnique(TableModel table, ColumnModel column) {
    if (column.id() || column.unique()) {
      return true;
    }
    for (IndexModel index : table.indexes()) {
      if (index.unique() && index.components().equals(List.of(column.property()))) {
        return true;
      }
    }
    return false;
  }
}
