package dev.joinery.processor.render;

import static dev.joinery.processor.render.RuntimeTypes.CONDITION;
import static dev.joinery.processor.render.RuntimeTypes.GENERATED;
import static dev.joinery.processor.render.RuntimeTypes.JOINERY_DAO;
import static dev.joinery.processor.render.RuntimeTypes.LINKED;
import static dev.joinery.processor.render.RuntimeTypes.LIST;
import static dev.joinery.processor.render.RuntimeTypes.QUERY;
import static dev.joinery.processor.render.RuntimeTypes.TABLE_META;
import static javax.lang.model.element.Modifier.DEFAULT;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.bind.Mixins;
import dev.joinery.processor.bind.SchemaGraph;
import dev.joinery.processor.model.Naming;
import dev.joinery.processor.model.TableModel;
import java.util.List;

/**
 * Writes {@code XDao}, the Jdbi SqlObject of one record, in the shape of the hand-written
 * reference {@code dev.joinery.fixtures.CustomerDao}: {@code JoineryDao<X, IdType>} with
 * {@code table()}, and Sequelize's association mixins named after each association
 * ({@code getAddress}, {@code addComments}, ...), each delegating to the generic method of
 * {@code JoineryDao} with the association's constant. Everything else (CRUD, includes) is
 * inherited, so the interface stays as small as the user's record.
 */
public final class DaoWriter {
  private final SchemaGraph graph;

  public DaoWriter(SchemaGraph graph) {
    this.graph = graph;
  }

  public JavaFile write(TableModel table) {
    ClassName self = GeneratedNames.dao(table);
    ClassName record = GeneratedNames.record(table);
    TypeName id = TypeName.get(table.primaryKey().orElseThrow().type()).withoutAnnotations().box();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
        .addJavadoc("$L", javadoc(table, self))
        .addAnnotation(GENERATED)
        .addModifiers(PUBLIC)
        .addSuperinterface(ParameterizedTypeName.get(JOINERY_DAO, record, id))
        .addOriginatingElement(table.source().element());
    addTable(type, table, record);
    for (AssociationModel association : table.associations()) {
      TableModel target = graph.target(association).orElseThrow();
      type.addOriginatingElement(target.source().element());
      Mixin mixin = new Mixin(table, graph.mixins(association), record,
          GeneratedNames.record(target), CodeBlock.of("$T.$L", GeneratedNames.table(table),
              graph.constant(table, association.name())));
      if (association.kind().toMany()) {
        addToManyMixins(type, mixin);
        graph.junction(association).flatMap(j -> j.throughRecord())
            .ifPresent(through -> addLinkMixin(type, mixin, GeneratedNames.record(through)));
      } else {
        addToOneMixins(type, mixin);
      }
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static String javadoc(TableModel table, ClassName self) {
    List<String> aliases = table.associations().stream().map(a -> "{@code " + a.name() + "}").toList();
    String what = aliases.isEmpty() ? "CRUD and queries"
        : "CRUD, includes and the mixins of " + joinWords(aliases);
    String dao = self.simpleName();
    return Javadoc.forType("Data access for {@link " + TableWriter.sourceName(table) + "}: " + what
        + ". A Jdbi SqlObject: {@code handle.attach(" + dao + ".class)} or {@code jdbi.onDemand("
        + dao + ".class)}.");
  }

  private static String joinWords(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  private static void addTable(TypeSpec.Builder type, TableModel table, ClassName record) {
    type.addMethod(MethodSpec.methodBuilder("table")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC, DEFAULT)
        .returns(ParameterizedTypeName.get(TABLE_META, record))
        .addStatement("return $T.INSTANCE", GeneratedNames.table(table))
        .build());
  }

  /** getX, setX, createX (Sequelize's to-one mixins). */
  private static void addToOneMixins(TypeSpec.Builder type, Mixin m) {
    type.addMethod(m.method(m.names.get(), m.target)
        .addJavadoc(m.doc("The %one of {@code %source} (Sequelize's {@code %source.get%One()})."))
        .addStatement("return getAssociated($L, $L)", m.source, m.constant)
        .build());
    type.addMethod(m.method(m.names.set(), m.record)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Makes {@code %value} the %one of {@code %source} (Sequelize's "
            + "{@code %source.set%One(%value)}); returns the %source as it now is."))
        .addStatement("return setAssociated($L, $L, $L)", m.source, m.constant, m.value)
        .build());
    type.addMethod(m.method(m.names.create(), m.target)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Creates {@code %value} for {@code %source} (Sequelize's "
            + "{@code %source.create%One(%value)}); returns it with keys filled."))
        .addStatement("return createAssociated($L, $L, $L)", m.source, m.constant, m.value)
        .build());
  }

  /**
   * get, count, has, add, remove, set and create (Sequelize's to-many mixins): plural names from
   * the alias ({@code comments}), singular ones from its singular ({@code comment}).
   */
  private static void addToManyMixins(TypeSpec.Builder type, Mixin m) {
    TypeName list = ParameterizedTypeName.get(LIST, m.target);
    String query = m.name("query");
    String where = m.name("where");
    type.addMethod(m.method(m.names.get(), list)
        .addJavadoc(m.doc("The %many of {@code %source} (Sequelize's {@code %source.get%Many()})."))
        .addStatement("return getAssociatedList($L, $L, $T.<$T>all())", m.source, m.constant, QUERY,
            m.target)
        .build());
    type.addMethod(m.method(m.names.get(), list)
        .addParameter(ParameterizedTypeName.get(QUERY, m.target), query)
        .addJavadoc(m.doc("The %many of {@code %source} that {@code " + query + "} selects, "
            + "ordered, limited and with its includes (Sequelize's "
            + "{@code %source.get%Many(options)})."))
        .addStatement("return getAssociatedList($L, $L, $L)", m.source, m.constant, query)
        .build());
    type.addMethod(m.method(m.names.count(), TypeName.LONG)
        .addJavadoc(m.doc("How many %many {@code %source} has (Sequelize's "
            + "{@code %source.count%Many()})."))
        .addStatement("return countAssociated($L, $L, null)", m.source, m.constant)
        .build());
    type.addMethod(m.method(m.names.count(), TypeName.LONG)
        .addParameter(ParameterizedTypeName.get(CONDITION, m.target), where)
        .addJavadoc(m.doc("How many %many of {@code %source} match {@code " + where + "} "
            + "(Sequelize's {@code %source.count%Many({where})})."))
        .addStatement("return countAssociated($L, $L, $L)", m.source, m.constant, where)
        .build());
    type.addMethod(m.method(m.names.hasOne(), TypeName.BOOLEAN)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Whether {@code %value} is one of the %many of {@code %source} "
            + "(Sequelize's {@code %source.has%One(%value)})."))
        .addStatement("return hasAssociated($L, $L, $T.<$T>of($L))", m.source, m.constant, LIST,
            m.target, m.value)
        .build());
    type.addMethod(m.method(m.names.hasMany(), TypeName.BOOLEAN)
        .addParameter(list, m.values)
        .addJavadoc(m.doc("Whether every one of {@code %values} is one of the %many of "
            + "{@code %source} (Sequelize's {@code %source.has%Many(%values)})."))
        .addStatement("return hasAssociated($L, $L, $L)", m.source, m.constant, m.values)
        .build());
    type.addMethod(m.method(m.names.addOne(), TypeName.VOID)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Adds {@code %value} to the %many of {@code %source} (Sequelize's "
            + "{@code %source.add%One(%value)})."))
        .addStatement("addAssociated($L, $L, $T.<$T>of($L))", m.source, m.constant, LIST,
            m.target, m.value)
        .build());
    type.addMethod(m.method(m.names.addMany(), TypeName.VOID)
        .addParameter(list, m.values)
        .addJavadoc(m.doc("Adds {@code %values} to the %many of {@code %source} (Sequelize's "
            + "{@code %source.add%Many(%values)})."))
        .addStatement("addAssociated($L, $L, $L)", m.source, m.constant, m.values)
        .build());
    type.addMethod(m.method(m.names.removeOne(), TypeName.VOID)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Removes {@code %value} from the %many of {@code %source} (Sequelize's "
            + "{@code %source.remove%One(%value)})."))
        .addStatement("removeAssociated($L, $L, $T.<$T>of($L))", m.source, m.constant, LIST,
            m.target, m.value)
        .build());
    type.addMethod(m.method(m.names.removeMany(), TypeName.VOID)
        .addParameter(list, m.values)
        .addJavadoc(m.doc("Removes {@code %values} from the %many of {@code %source} (Sequelize's "
            + "{@code %source.remove%Many(%values)})."))
        .addStatement("removeAssociated($L, $L, $L)", m.source, m.constant, m.values)
        .build());
    type.addMethod(m.method(m.names.set(), TypeName.VOID)
        .addParameter(list, m.values)
        .addJavadoc(m.doc("Makes {@code %values} exactly the %many of {@code %source} "
            + "(Sequelize's {@code %source.set%Many(%values)})."))
        .addStatement("setAssociatedList($L, $L, $L)", m.source, m.constant, m.values)
        .build());
    type.addMethod(m.method(m.names.create(), m.target)
        .addParameter(m.target, m.value)
        .addJavadoc(m.doc("Creates {@code %value} as one of the %many of {@code %source} "
            + "(Sequelize's {@code %source.create%One(%value)}); returns it with keys filled."))
        .addStatement("return createAssociated($L, $L, $L)", m.source, m.constant, m.value)
        .build());
  }

  /**
   * addX, setX and createX with a link row: the payload of a belongsToMany through a record
   * (Sequelize's {@code addX(x, {through: {…}})}, {@code setXs(xs, {through: {…}})},
   * {@code createX(x, {through: {…}})}). A setX taking {@code Linked} elements would erase to the
   * signature of the setX taking targets, so it takes one payload for every link, as Sequelize's.
   */
  private static void addLinkMixin(TypeSpec.Builder type, Mixin m, ClassName through) {
    String link = m.name("link");
    type.addMethod(m.method(m.names.addOne(), TypeName.VOID)
        .addParameter(m.target, m.value)
        .addParameter(through, link)
        .addJavadoc(m.doc("Adds {@code %value} to the %many of {@code %source} with the payload"
            + " of {@code " + link + "}, whose keys to both are filled in (Sequelize's {@code"
            + " %source.add%One(%value, {through: {…}})})."))
        .addStatement("addAssociatedWithLink($L, $L, $L, $L)", m.source, m.constant, m.value,
            link)
        .build());
    type.addMethod(m.method(m.names.set(), TypeName.VOID)
        .addParameter(ParameterizedTypeName.get(LIST, m.target), m.values)
        .addParameter(through, link)
        .addJavadoc(m.doc("Makes {@code %values} exactly the %many of {@code %source}, each link"
            + " with the payload of {@code " + link + "}, whose keys are filled in per link:"
            + " links to others deleted, new ones inserted, kept ones whose payload differs"
            + " updated to it (Sequelize's {@code %source.set%Many(%values, {through: {…}})})."))
        .addStatement("setAssociatedListWithLink($L, $L, $L, $L)", m.source, m.constant,
            m.values, link)
        .build());
    type.addMethod(m.method(m.names.create(), ParameterizedTypeName.get(LINKED, m.target, through))
        .addParameter(m.target, m.value)
        .addParameter(through, link)
        .addJavadoc(m.doc("Creates {@code %value} and adds it to the %many of {@code %source} with"
            + " the payload of {@code " + link + "}, whose keys to both are filled in (Sequelize's"
            + " {@code %source.create%One(%value, {through: {…}})}); returns both as stored."))
        .addStatement("return createAssociatedWithLink($L, $L, $L, $L)", m.source, m.constant,
            m.value, link)
        .build());
  }

  /**
   * What every mixin of one association shares: its bound names, and the words of its Javadoc:
   * {@code %one}/{@code %One} is the singular ({@code address}, {@code comment}),
   * {@code %many}/{@code %Many} the alias of a to-many ({@code comments}), {@code %source} the source parameter ({@code customer}),
   * {@code %value}/{@code %values} the target parameters. Parameter names come from the user's
   * names, so a {@link NameAllocator} keeps them apart (and away from keywords).
   */
  private static final class Mixin {
    final ClassName record;
    final ClassName target;
    final CodeBlock constant;
    final String source;
    final String value;
    final String values;
    final Mixins names;
    private final NameAllocator allocator = new NameAllocator();

    Mixin(TableModel table, Mixins names, ClassName record, ClassName target,
        CodeBlock constant) {
      this.record = record;
      this.target = target;
      this.constant = constant;
      this.names = names;
      this.source = allocator.newName(Naming.lowerCamel(table.recordName()), "source");
      this.value = name(names.one());
      this.values = names.toMany() ? name(names.many()) : null;
    }

    /** A parameter name for {@code suggestion}, the same each time it is asked for. */
    String name(String suggestion) {
      try {
        return allocator.get(suggestion);
      } catch (IllegalArgumentException notYet) {
        return allocator.newName(suggestion, suggestion);
      }
    }

    /** A method taking the source first, named as bound ({@code getComments}). */
    MethodSpec.Builder method(String name, TypeName returns) {
      return MethodSpec.methodBuilder(name)
          .addModifiers(PUBLIC, DEFAULT)
          .returns(returns)
          .addParameter(record, source);
    }

    /** Javadoc from a template, filled to the line width. */
    CodeBlock doc(String template) {
      return CodeBlock.of("$L", Javadoc.forMember(words(template)));
    }

    private String words(String template) {
      String text = template
          .replace("%One", names.oneTitle())
          .replace("%Many", names.manyTitle())
          .replace("%source", source)
          .replace("%values", values == null ? "" : values)
          .replace("%value", value)
          .replace("%one", names.one())
          .replace("%many", names.many());
      return text;
    }
  }
}
