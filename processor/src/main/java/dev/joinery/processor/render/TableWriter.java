package dev.joinery.processor.render;

import static dev.joinery.processor.render.RuntimeTypes.ASSOCIATION;
import static dev.joinery.processor.render.RuntimeTypes.COLUMN;
import static dev.joinery.processor.render.RuntimeTypes.GENERATED;
import static dev.joinery.processor.render.RuntimeTypes.THROUGH_RECORD;
import static dev.joinery.processor.render.RuntimeTypes.LIST;
import static dev.joinery.processor.render.RuntimeTypes.ROW_INPUT;
import static dev.joinery.processor.render.RuntimeTypes.ROW_OUTPUT;
import static dev.joinery.processor.render.RuntimeTypes.SQL_EXCEPTION;
import static dev.joinery.processor.render.RuntimeTypes.TABLE_META;
import static dev.joinery.processor.render.RuntimeTypes.VIOLATIONS;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.bind.ForeignKey;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.Link;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.ComponentModel;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Writes {@code XTable}, the metadata of one record, in the shape of the hand-written reference
 * {@code dev.joinery.fixtures.CustomerTable}: a typed constant per column and per association,
 * {@code INSTANCE}, a constructor handing the constants, indexes and foreign keys to
 * {@code TableMeta} (which derives the primary key and the {@link dev.joinery.schema.TableDef}),
 * and the row mapper (read, write, construct, validate) as plain constructor and accessor calls,
 * so the runtime never reflects on the record. Each column constant carries its own definition
 * and typed accessor (see {@link ColumnConstants}).
 *
 * <p>The shape is chosen to be cheap for javac, which compiles it in every user build: explicit
 * type arguments instead of inferred ones, method references and constant references instead of
 * lambdas (one late supplier per association, for the target key), and the record's constructor
 * called in {@code read} and {@code construct} only; copies with one component replaced go
 * through {@code construct} at run time.
 */
public final class TableWriter {
  private final SchemaGraph graph;
  private final TableDefs definitions;

  public TableWriter(SchemaGraph graph) {
    this.graph = graph;
    this.definitions = new TableDefs(graph);
  }

  public JavaFile write(TableModel table) {
    ClassName self = GeneratedNames.table(table);
    ClassName record = GeneratedNames.record(table);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("$L", Javadoc.forType("Metadata of {@link " + sourceName(table) + "} (table {@code "
            + table.tableName() + "}): typed column and association constants for queries and "
            + "includes, the row mapper and the DDL definition."))
        .addAnnotation(GENERATED)
        .addModifiers(PUBLIC, FINAL)
        .superclass(ParameterizedTypeName.get(TABLE_META, record));
    originatingElements(table).forEach(type::addOriginatingElement);
    addColumnConstants(type, table, record);
    addAssociationConstants(type, table, record);
    addInstance(type, self, table);
    addConstructor(type, table, record);
    addRead(type, table, record);
    addWrite(type, table, record);
    addConstruct(type, table, record);
    addValidate(type, table, record);
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** The record, and the records whose keys this table's metadata and definition depend on. */
  private List<Element> originatingElements(TableModel table) {
    Set<Element> elements = new LinkedHashSet<>();
    elements.add(table.source().element());
    for (AssociationModel association : table.associations()) {
      graph.target(association).ifPresent(target -> elements.add(target.source().element()));
    }
    for (ForeignKey key : graph.foreignKeysOn(table)) {
      key.declaredBy().forEach(link -> elements.add(link.source().source().element()));
    }
    return new ArrayList<>(elements);
  }

  private void addColumnConstants(TypeSpec.Builder type, TableModel table, ClassName record) {
    for (ColumnModel column : table.columns()) {
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(COLUMN, record, boxed(column)),
              graph.constant(table, column.property()), PUBLIC, STATIC, FINAL)
          .initializer(ColumnConstants.initializer(table, column, definitions.column(table, column)))
          .build());
    }
  }

  /**
   * {@code Association.<Tutorial, Comment>hasMany("comments").component(6)
   * .getMany(Tutorial::comments).sourceKey(ID).targetKey(() -> CommentTable.TUTORIAL_ID).build()}:
   * the source key is always one of this table's own constants (declared above, so initialised);
   * the target key is supplied late, because the tables refer to each other.
   */
  private void addAssociationConstants(TypeSpec.Builder type, TableModel table, ClassName record) {
    for (AssociationModel association : table.associations()) {
      TableModel target = graph.target(association).orElseThrow();
      ClassName targetRecord = GeneratedNames.record(target);
      ClassName targetTable = GeneratedNames.table(target);
      ColumnModel sourceKey;
      ColumnModel targetKey;
      Junction junction = null;
      if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
        junction = graph.junction(association).orElseThrow();
        sourceKey = junction.sourceKey().orElseThrow();
        targetKey = junction.targetKey().orElseThrow();
      } else {
        Link link = graph.link(association).orElseThrow();
        boolean belongsTo = association.kind() == AssociationKind.BELONGS_TO;
        // The join is always source.sourceKey = target.targetKey.
        sourceKey = belongsTo ? link.foreignKey() : link.referencedKey();
        targetKey = belongsTo ? link.referencedKey() : link.foreignKey();
      }
      CodeBlock.Builder factory = CodeBlock.builder()
          .add("$>$>\n$T.<$T, $T>$L($S).component($L)\n$>$>", ASSOCIATION, record, targetRecord,
              factoryName(association.kind()), association.name(), association.component())
          .add(".$L($T::$L)\n", getterName(association), record, association.name())
          .add(".sourceKey($L).targetKey(() -> $T.$L)", graph.constant(table, sourceKey.property()),
              targetTable, graph.constant(target, targetKey.property()));
      ComponentModel component = table.components().get(association.component());
      if (component.renamedInJson()) {
        factory.add(".jsonName($S)", component.jsonName());
      }
      if (junction != null && junction.hasThroughRecord()) {
        TableModel through = junction.throughRecord().get();
        ClassName throughTable = GeneratedNames.table(through);
        factory.add("\n.junction($S, $S, $S,\nnew $T<>(() -> $T.INSTANCE, () -> $T.$L, () -> $T.$L))",
            junction.table(), junction.sourceColumn(), junction.targetColumn(), THROUGH_RECORD,
            throughTable, throughTable,
            graph.constant(through, junction.sourceLink().orElseThrow().foreignKey().property()),
            throughTable,
            graph.constant(through, junction.targetLink().orElseThrow().foreignKey().property()));
      } else if (junction != null) {
        factory.add("\n.junction($S, $S, $S)", junction.table(), junction.sourceColumn(),
            junction.targetColumn());
      }
      factory.add(".build()$<$<$<$<");
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(ASSOCIATION, record, targetRecord),
              graph.constant(table, association.name()), PUBLIC, STATIC, FINAL)
          .addJavadoc("$L", Javadoc.forMember(
              "{@code " + AnnotationText.of(association, target.recordName()) + "}."))
          .initializer(factory.build())
          .build());
    }
  }

  private static String factoryName(AssociationKind kind) {
    return switch (kind) {
      case HAS_ONE -> "hasOne";
      case BELONGS_TO -> "belongsTo";
      case HAS_MANY -> "hasMany";
      case BELONGS_TO_MANY -> "belongsToMany";
    };
  }

  /** The builder call taking the record accessor: typed by what the component holds. */
  private static String getterName(AssociationModel association) {
    if (association.linked()) {
      return "getLinks";
    }
    return association.kind().toMany() ? "getMany" : "getOne";
  }

  private static void addInstance(TypeSpec.Builder type, ClassName self, TableModel table) {
    type.addField(FieldSpec.builder(self, "INSTANCE", PUBLIC, STATIC, FINAL)
        .addJavadoc("$L", Javadoc.forMember("The metadata of {@link " + sourceName(table)
            + "}. Declared after the constants, which its constructor takes: static fields "
            + "initialise in order."))
        .initializer("new $T()", self)
        .build());
  }

  /**
   * The constructor hands every fact to {@code TableMeta}, which derives the rest (primary key,
   * definition, component count): the column and association constants, and what spans columns
   * or tables (indexes, foreign keys), stated beside them.
   */
  private void addConstructor(TypeSpec.Builder type, TableModel table, ClassName record) {
    CodeBlock columns = table.columns().stream()
        .map(c -> CodeBlock.of("$L", graph.constant(table, c.property())))
        .collect(CodeBlock.joining(",$W"));
    CodeBlock associations = table.associations().stream()
        .map(a -> CodeBlock.of("$L", graph.constant(table, a.name())))
        .collect(CodeBlock.joining(",$W"));
    TableDef definition = definitions.of(table);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addStatement("super($S, $T.class,\n$T.<$T>of($L),\n$T.<$T>of($L),\n$L,\n$L)",
            table.tableName(), record,
            LIST, ParameterizedTypeName.get(COLUMN, record, WildcardTypeName.subtypeOf(Object.class)),
            columns,
            LIST, ParameterizedTypeName.get(ASSOCIATION, record,
                WildcardTypeName.subtypeOf(Object.class)),
            associations,
            TableDefCode.indexes(definition.indexes()),
            TableDefCode.foreignKeys(definition.foreignKeys()))
        .build());
  }

  private static void addRead(TypeSpec.Builder type, TableModel table, ClassName record) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (ComponentModel component : table.components()) {
      arguments.add(table.column(component.name())
          .map(column -> column.valueType() == ValueType.ENUM
              ? CodeBlock.of("in.$L($L, $T::valueOf)", RowCalls.getter(column), column.ordinal(),
                  TypeName.get(column.type()).withoutAnnotations())
              : CodeBlock.of("in.$L($L)", RowCalls.getter(column), column.ordinal()))
          // Associations are loaded by includes, which hand them over through the input.
          .orElseGet(() -> CodeBlock.of("in.<$T>association($L)",
              TypeName.get(component.type()).withoutAnnotations(), component.index())));
    }
    type.addMethod(override("read", record)
        .addParameter(ROW_INPUT, "in")
        .addException(SQL_EXCEPTION)
        .addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W"))
        .build());
  }

  private static void addWrite(TypeSpec.Builder type, TableModel table, ClassName record) {
    MethodSpec.Builder write = override("write", TypeName.VOID)
        .addParameter(record, "row")
        .addParameter(ROW_OUTPUT, "out")
        .addException(SQL_EXCEPTION);
    for (ColumnModel column : table.columns()) {
      write.addStatement("out.$L($L, row.$L())", RowCalls.setter(column), column.ordinal(),
          column.property());
    }
    type.addMethod(write.build());
  }

  private static void addConstruct(TypeSpec.Builder type, TableModel table, ClassName record) {
    List<CodeBlock> arguments = new ArrayList<>();
    boolean unchecked = false;
    for (ComponentModel component : table.components()) {
      TypeName componentType = TypeName.get(component.type()).withoutAnnotations().box();
      unchecked |= componentType instanceof ParameterizedTypeName;
      arguments.add(CodeBlock.of("($T) c[$L]", componentType, component.index()));
    }
    MethodSpec.Builder construct = override("construct", record)
        .addParameter(ArrayTypeName.of(Object.class), "c");
    if (unchecked) {
      // The caller hands the lists over as Objects.
      construct.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "unchecked").build());
    }
    type.addMethod(construct
        .addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W"))
        .build());
  }

  /**
   * The checks that need no database: {@code @NotNull} (except values the runtime fills: generated
   * keys, UUIDs, timestamps), string lengths (the VARCHAR's, a text column's and
   * {@code @Length}'s; TEXT of no length in UTF-8 bytes, what MySQL holds, on every database),
   * {@code @Email} and {@code @Url}.
   */
  private void addValidate(TypeSpec.Builder type, TableModel table, ClassName record) {
    MethodSpec.Builder validate = override("validate", TypeName.VOID)
        .addParameter(record, "row")
        .addParameter(VIOLATIONS, "violations");
    for (ColumnModel column : table.columns()) {
      String constant = graph.constant(table, column.property());
      String value = "row." + column.property() + "()";
      boolean filled = column.autoIncrement() || column.uuidV4() || column.createdAt() || column.updatedAt();
      if (column.notNull() && !column.primitive() && !filled) {
        validate.addStatement("violations.notNull($L, $L)", constant, value);
      }
      if (column.valueType() == ValueType.STRING) {
        // A text column's length, when given, counts characters as a VARCHAR's does.
        int capacity = column.length() > 0 ? column.length() : Integer.MAX_VALUE;
        int max = Math.min(capacity, column.maxLength());
        if (column.minLength() > 0 || max != Integer.MAX_VALUE) {
          validate.addStatement("violations.length($L, $L, $L, $L)", constant, value,
              column.minLength(), max == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : max);
        }
        if (column.text() && column.length() == 0) {
          validate.addStatement("violations.textBytes($L, $L)", constant, value);
        }
        if (column.email()) {
          validate.addStatement("violations.email($L, $L)", constant, value);
        }
        if (column.url()) {
          validate.addStatement("violations.url($L, $L)", constant, value);
        }
      }
    }
    type.addMethod(validate.build());
  }

  /** The record's name as the generated file (in the record's package) refers to it. */
  static String sourceName(TableModel table) {
    return String.join(".", table.simpleNames());
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(returns);
  }

  private static TypeName boxed(ColumnModel column) {
    return TypeName.get(column.type()).withoutAnnotations().box();
  }
}
