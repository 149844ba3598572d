package dev.joinery.processor.validate;

import dev.joinery.processor.bind.Link;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.SourceRef;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key has the type of the key it references ({@code Long} and {@code long} count as
 * one): databases refuse a constraint between columns of different types, and the generated
 * code copies one into the other. The error sits on the foreign-key component, whose type is
 * what to change, and is reported once even when both sides of an inverse pair declare the link.
 */
final class ForeignKeyTypeMatches implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    Set<String> seen = new HashSet<>();
    for (Link link : graph.links()) {
      ColumnModel foreignKey = link.foreignKey();
      ColumnModel key = link.referencedKey();
      if (foreignKey.valueType() == null || key.valueType() == null || sameType(foreignKey, key)) {
        continue;
      }
      String pair = link.holder().qualifiedName() + "." + foreignKey.property() + "->"
          + link.referenced().qualifiedName() + "." + key.property();
      if (!seen.add(pair)) {
        continue;
      }
      report.error(Message.FOREIGN_KEY_TYPE, SourceRef.of(foreignKey.source().element()),
          link.holder(), link.holder().recordName(), foreignKey.property(),
          TypeText.simple(foreignKey.type()), link.referenced().recordName(), key.property(),
          TypeText.simple(key.type()), RoundGraph.annotationName(link.association().kind()),
          link.source().recordName(), link.association().name(), declared(foreignKey, key));
    }
  }

  /** The referenced key's type, primitive when the foreign key is (its nullability stays). */
  private static String declared(ColumnModel foreignKey, ColumnModel key) {
    String boxed = TypeText.boxed(key);
    String primitive = foreignKey.primitive() ? TypeText.unboxed(boxed) : null;
    return primitive != null ? primitive : boxed;
  }

  private static boolean sameType(ColumnModel a, ColumnModel b) {
    return a.valueType() == b.valueType()
        && (a.valueType() != ValueType.ENUM || Objects.equals(a.enumType(), b.enumType()));
  }
}
