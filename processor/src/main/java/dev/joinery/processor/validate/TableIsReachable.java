package dev.joinery.processor.validate;

import dev.joinery.processor.model.SourceRef;
import dev.joinery.processor.model.TableModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The generated {@code XTable} and {@code XDao} live in the record's package and name the record,
 * its constructor and accessors, so the record and every class it is nested in must be visible
 * there: none of them may be private. Without this rule javac reports a dozen errors inside the
 * generated code and none on the declaration at fault. Each private declaration is reported on
 * itself, since that is where {@code private} has to go; protected and package-private are fine
 * (same package), and members of interfaces are public anyway.
 */
final class TableIsReachable implements Rule {
  @Override
  public void check(RoundGraph graph, ValidationReport report) {
    for (TableModel table : graph.tables()) {
      String generated = String.join("_", table.simpleNames());
      Element current = table.source().element();
      while (current instanceof TypeElement type) {
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
          report.error(Message.PRIVATE_TABLE, SourceRef.of(type), table, nestedName(type),
              String.join(".", table.simpleNames()), generated + "Table", generated + "Dao");
        }
        current = type.getEnclosingElement();
      }
    }
  }

  /** {@code Library.Song}: the name as written from the outermost class. */
  private static String nestedName(TypeElement type) {
    String name = type.getSimpleName().toString();
    Element enclosing = type.getEnclosingElement();
    return enclosing instanceof TypeElement outer ? nestedName(outer) + "." + name : name;
  }
}
