package dev.joinery.processor.render;

import static dev.joinery.processor.render.RuntimeTypes.GENERATED;
import static dev.joinery.processor.render.RuntimeTypes.GENERATED_SCHEMA;
import static dev.joinery.processor.render.RuntimeTypes.LIST;
import static dev.joinery.processor.render.RuntimeTypes.SCHEMA_DEF;
import static dev.joinery.processor.render.RuntimeTypes.TABLE_DEF;
import static dev.joinery.processor.render.RuntimeTypes.TABLE_META;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.joinery.processor.bind.Junction;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code JoinerySchema}, one per compilation: every table of the compilation in
 * foreign-key order ({@link SchemaOrder}), the junction tables of belongsToMany included, as the
 * {@link SchemaDef} that {@code sync} creates, and the metadata of every record. Its nested
 * {@code Tables} class is the {@code ServiceLoader} provider, named in {@link #SERVICE_FILE}, by
 * which {@code JoineryPlugin} registers every record's row mapper and the Spring Boot starter
 * finds the schema to sync and the DAO interfaces to offer as beans.
 */
public final class SchemaWriter {
  /** The class name, in the package given by {@code -Ajoinery.schemaPackage} or computed. */
  public static final String NAME = "JoinerySchema";

  /** The service file listing the compilation's {@code JoinerySchema.Tables}. */
  public static final String SERVICE_FILE =
      "META-INF/services/" + GENERATED_SCHEMA.canonicalName();

  private static final String PROVIDER = "Tables";

  private final SchemaGraph graph;

  public SchemaWriter(SchemaGraph graph) {
    this.graph = graph;
  }

  /**
   * The schema of {@code tables}, with the junctions between them: the description the
   * generated class holds and the DDL resources are written from.
   */
  public SchemaDef schema(List<TableModel> tables) {
    TableDefs definitions = new TableDefs(graph);
    List<TableDef> defs = new ArrayList<>();
    tables.forEach(t -> defs.add(definitions.of(t)));
    junctions(tables).forEach(j -> defs.add(TableDefs.junction(j)));
    return new SchemaDef(SchemaOrder.sort(defs));
  }

  public JavaFile write(String packageName, List<TableModel> tables) {
    ClassName self = ClassName.get(packageName, NAME);
    Map<String, TableModel> records = new HashMap<>();
    tables.forEach(t -> records.put(t.tableName(), t));
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("$L", Javadoc.forType("Every table of this compilation in foreign-key order: a "
            + "table comes after the tables it references. Junction tables of belongsToMany are "
            + "included."))
        .addAnnotation(GENERATED)
        .addModifiers(PUBLIC, FINAL);
    tables.forEach(t -> type.addOriginatingElement(t.source().element()));

    NameAllocator allocator = new NameAllocator();
    List.of("DEFINITION", "TABLES", "DAOS").forEach(allocator::newName);
    List<CodeBlock> definitions = new ArrayList<>();
    List<CodeBlock> metas = new ArrayList<>();
    for (TableDef table : schema(tables).tables()) {
      TableModel record = records.get(table.name());
      if (record != null) {
        definitions.add(CodeBlock.of("$T.INSTANCE.definition()", GeneratedNames.table(record)));
        metas.add(CodeBlock.of("$T.INSTANCE", GeneratedNames.table(record)));
      } else {
        // Junction tables have no record: their definition lives here, declared before
        // DEFINITION because static fields initialise in order.
        String field = allocator.newName(Naming.constantName(Naming.upperCamel(table.name())));
        type.addField(FieldSpec.builder(TABLE_DEF, field, PRIVATE, STATIC, FINAL)
            .initializer(TableDefCode.of(table))
            .build());
        definitions.add(CodeBlock.of("$L", field));
      }
    }
    type.addField(FieldSpec.builder(SCHEMA_DEF, "DEFINITION", PUBLIC, STATIC, FINAL)
        .addJavadoc("$L", Javadoc.forMember(
            "Every table, junction tables included, in the order {@code sync} creates them."))
        .initializer("new $T($L)", SCHEMA_DEF, TableDefCode.list(TABLE_DEF, definitions, true))
        .build());
    TypeName meta = ParameterizedTypeName.get(TABLE_META, WildcardTypeName.subtypeOf(Object.class));
    TypeName metaList = ParameterizedTypeName.get(LIST, meta);
    type.addField(FieldSpec.builder(metaList, "TABLES", PRIVATE, STATIC, FINAL)
        .initializer("$L", TableDefCode.list(meta, metas, true))
        .build());
    TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class),
        WildcardTypeName.subtypeOf(Object.class));
    TypeName classList = ParameterizedTypeName.get(LIST, anyClass);
    List<CodeBlock> daos = new ArrayList<>();
    for (TableDef table : schema(tables).tables()) {
      TableModel record = records.get(table.name());
      if (record != null) daos.add(CodeBlock.of("$T.class", GeneratedNames.dao(record)));
    }
    type.addField(FieldSpec.builder(classList, "DAOS", PRIVATE, STATIC, FINAL)
        .initializer("$L", TableDefCode.list(anyClass, daos, true))
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("tables")
        .addJavadoc("$L", Javadoc.forMember("The metadata of every record, in foreign-key order."))
        .addModifiers(PUBLIC, STATIC)
        .returns(metaList)
        .addStatement("return TABLES")
        .build());
    type.addType(TypeSpec.classBuilder(PROVIDER)
        .addJavadoc("$L", Javadoc.forType("The tables as a service provider: listed in {@code "
            + SERVICE_FILE + "}, so that {@code JoineryPlugin} registers their row mappers."))
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addSuperinterface(GENERATED_SCHEMA)
        .addMethod(MethodSpec.methodBuilder("tables")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(metaList)
            .addStatement("return TABLES")
            .build())
        .addMethod(MethodSpec.methodBuilder("definition")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(SCHEMA_DEF)
            .addStatement("return DEFINITION")
            .build())
        .addMethod(MethodSpec.methodBuilder("daos")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(classList)
            .addStatement("return DAOS")
            .build())
        .build());
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
  }

  /** The content of {@link #SERVICE_FILE}: the binary name of the provider, one line. */
  public static String serviceEntry(String packageName) {
    return (packageName.isEmpty() ? "" : packageName + ".") + NAME + "$" + PROVIDER + "\n";
  }

  /** The package of JoinerySchema when none is given: the longest common package of the records. */
  public static String commonPackage(List<TableModel> tables) {
    String common = null;
    for (TableModel table : tables) {
      String pkg = table.packageName();
      if (common == null) {
        common = pkg;
      } else {
        while (!(pkg.equals(common) || pkg.startsWith(common + "."))) {
          int dot = common.lastIndexOf('.');
          common = dot < 0 ? "" : common.substring(0, dot);
          if (common.isEmpty()) {
            break;
          }
        }
      }
    }
    return common == null ? "" : common;
  }

  /** The junctions among {@code tables}, once per junction table. */
  private List<Junction> junctions(List<TableModel> tables) {
    Set<String> names = new HashSet<>();
    tables.forEach(t -> names.add(t.qualifiedName()));
    return graph.junctionTables().stream()
        .filter(j -> names.contains(j.source().qualifiedName()) && names.contains(j.target().qualifiedName()))
        .toList();
  }
}
