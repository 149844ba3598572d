package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.processor.model.ColumnModel;

/**
 * {@code ON DELETE SET NULL} / {@code ON UPDATE SET NULL} needs a nullable foreign key: on a NOT
 * NULL column the database either refuses the constraint (MySQL) or fails every delete of a
 * referenced row at run time (PostgreSQL, H2).
 */
final class SetNullNeedsNullableKey implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (Link link : graph.links()) {
      ColumnModel foreignKey = link.foreignKey();
      if (!foreignKey.isNotNullInDatabase()) {
        continue;
      }
      check(link, "onDelete", link.association().onDelete(), report);
      check(link, "onUpdate", link.association().onUpdate(), report);
    }
  }

  private static void check(Link link, String member, ReferentialAction action,
      ValidationReport report) {
    if (action != ReferentialAction.SET_NULL) {
      return;
    }
    report.error(Message.SET_NULL_ON_NOT_NULL, Where.member(link.association().source(), member),
        link.source(), member, RoundGraph.annotationName(link.association().kind()),
        link.source().recordName(), link.association().name(), link.holder().recordName(),
        link.foreignKey().property(), NotNull.reason(link.foreignKey()),
        NotNull.fix(link.holder(), link.foreignKey()));
  }
}
