package dev.joinery.processor.validate;

import dev.joinery.processor.model.Naming;
import java.util.List;
import java.util.Map;

/**
 * The method names an association adds to its record's DAO, as
 * {@link dev.joinery.processor.render.DaoWriter} writes them (Sequelize's mixins, named after the
 * alias), and the names every DAO inherits. Kept beside the rules because only they need the
 * names as data; a test compares both lists with the generated DAO and {@code JoineryDao}.
 */
final class MixinNames {
  /**
   * The methods of {@code JoineryDao} and of Jdbi's {@code SqlObject} it extends, with the
   * interface that declares each: what a generated mixin must not be called.
   */
  static final Map<String, String> INHERITED = Map.ofEntries(
      Map.entry("table", "JoineryDao"),
      Map.entry("repository", "JoineryDao"),
      Map.entry("create", "JoineryDao"),
      Map.entry("bulkCreate", "JoineryDao"),
      Map.entry("findByPk", "JoineryDao"),
      Map.entry("findOne", "JoineryDao"),
      Map.entry("findAll", "JoineryDao"),
      Map.entry("findAndCountAll", "JoineryDao"),
      Map.entry("findAllAsMaps", "JoineryDao"),
      Map.entry("stream", "JoineryDao"),
      Map.entry("streamAsMaps", "JoineryDao"),
      Map.entry("forEach", "JoineryDao"),
      Map.entry("count", "JoineryDao"),
      Map.entry("update", "JoineryDao"),
      Map.entry("destroy", "JoineryDao"),
      Map.entry("destroyByPk", "JoineryDao"),
      Map.entry("getAssociated", "JoineryDao"),
      Map.entry("getAssociatedList", "JoineryDao"),
      Map.entry("setAssociated", "JoineryDao"),
      Map.entry("createAssociated", "JoineryDao"),
      Map.entry("countAssociated", "JoineryDao"),
      Map.entry("hasAssociated", "JoineryDao"),
      Map.entry("addAssociated", "JoineryDao"),
      Map.entry("removeAssociated", "JoineryDao"),
      Map.entry("setAssociatedList", "JoineryDao"),
      Map.entry("getHandle", "Jdbi's SqlObject"),
      Map.entry("withHandle", "Jdbi's SqlObject"),
      Map.entry("useHandle", "Jdbi's SqlObject"));

  private MixinNames() {}

  /**
   * The mixins of an association named {@code alias}: getX, setX, createX for a to-one;
   * getXs, countXs, hasX, hasXs, addX, addXs, removeX, removeXs, setXs, createX for a to-many,
   * where X is the singular of the alias. Names repeat where the alias is its own singular
   * ({@code sheep}); those are overloads of one association and compile.
   */
  static List<String> of(String alias, boolean toMany) {
    if (!toMany) {
      String one = Naming.upperCamel(alias);
      return List.of("get" + one, "set" + one, "create" + one);
    }
    String one = Naming.upperCamel(Naming.singular(alias));
    String many = Naming.upperCamel(alias);
    return List.of("get" + many, "count" + many, "has" + one, "has" + many, "add" + one,
        "add" + many, "remove" + one, "remove" + many, "set" + many, "create" + one);
  }
}
