package dev.joinery.processor.validate;

import java.util.Map;

/**
 * The names every DAO inherits, which the mixins an association generates (bound in
 * {@link dev.joinery.processor.bind.Mixins}) must not take. Kept beside the rules because only
 * they need the names as data; a test compares the list with {@code JoineryDao}.
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
      Map.entry("forceDestroy", "JoineryDao"),
      Map.entry("restore", "JoineryDao"),
      Map.entry("upsert", "JoineryDao"),
      Map.entry("getAssociated", "JoineryDao"),
      Map.entry("getAssociatedList", "JoineryDao"),
      Map.entry("setAssociated", "JoineryDao"),
      Map.entry("createAssociated", "JoineryDao"),
      Map.entry("countAssociated", "JoineryDao"),
      Map.entry("hasAssociated", "JoineryDao"),
      Map.entry("addAssociated", "JoineryDao"),
      Map.entry("addAssociatedWithLink", "JoineryDao"),
      Map.entry("createAssociatedWithLink", "JoineryDao"),
      Map.entry("removeAssociated", "JoineryDao"),
      Map.entry("setAssociatedList", "JoineryDao"),
      Map.entry("setAssociatedListWithLink", "JoineryDao"),
      Map.entry("getHandle", "Jdbi's SqlObject"),
      Map.entry("withHandle", "Jdbi's SqlObject"),
      Map.entry("useHandle", "Jdbi's SqlObject"));

  private MixinNames() {}
}
