package dev.joinery.dialect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.DialectNotDetectedException;
import dev.joinery.InvalidDefinitionException;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failures the shared DDL code reports, each as its own exception naming table and column. */
class DefinitionErrorsTest {

  private static TableDef table(ColumnDef column) {
    return new TableDef("gadgets", List.of(ColumnDef.of("id", ValueType.LONG), column),
        List.of("id"), List.of(), List.of());
  }

  @Test
  void aDefaultThatIsNoLiteralOfItsTypeIsAnInvalidDefinitionOnEveryDialect() {
    for (Dialect dialect : Dialects.all()) {
      assertThatThrownBy(() -> dialect.createTable(
              table(ColumnDef.of("weight", ValueType.INT).withDefault("heavy")), false))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessage("Default value 'heavy' of column \"gadgets.weight\" is not a number")
          .extracting("table", "column").containsExactly("gadgets", "weight");
      assertThatThrownBy(() -> dialect.createTable(
              table(ColumnDef.of("active", ValueType.BOOLEAN).withDefault("yes")), false))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessage("Default value 'yes' of column \"gadgets.active\" is not a boolean:"
              + " write true or false")
          .extracting("table", "column").containsExactly("gadgets", "active");
      assertThatThrownBy(() -> dialect.addColumn(
              table(ColumnDef.of("id", ValueType.LONG)),
              ColumnDef.of("blob", ValueType.BYTES).withDefault("00")))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessage("Column \"gadgets.blob\" holds bytes, which cannot have a default value")
          .extracting("table", "column").containsExactly("gadgets", "blob");
    }
  }

  @Test
  void anUnknownDialectNameIsNotDetected() {
    assertThatThrownBy(() -> Dialects.named("oracle"))
        .isInstanceOf(DialectNotDetectedException.class)
        .hasMessage("Unknown dialect 'oracle'; known: mysql, postgresql, h2")
        .extracting("table", "column").containsExactly(null, null);
  }
}
