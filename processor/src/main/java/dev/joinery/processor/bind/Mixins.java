package dev.joinery.processor.bind;

import dev.joinery.processor.model.AssociationModel;
import dev.joinery.processor.model.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * The DAO methods of one association (Sequelize's mixins, named after the alias) and the words
 * they are made of: {@code one} is the singular ({@code address}, {@code comment}), {@code many}
 * the alias of a to-many ({@code comments}). The DAO writer names its methods from here and the
 * rule that keeps mixin names free checks exactly these.
 *
 * <p>To-one: getX, setX, createX. To-many: getXs, countXs, hasX, hasXs, addX, addXs, removeX,
 * removeXs, setXs, createX, where X is the singular of the alias. Names repeat where the alias is
 * its own singular ({@code sheep}); those are overloads of one association and compile.
 */
public record Mixins(boolean toMany, String one, String many) {
  static Mixins of(AssociationModel association) {
    return named(association.name(), association.kind().toMany());
  }

  /** The mixins of an association named {@code alias}. */
  public static Mixins named(String alias, boolean toMany) {
    return new Mixins(toMany, toMany ? Naming.singular(alias) : alias, alias);
  }

  /** {@code getAddress} / {@code getComments}. */
  public String get() {
    return "get" + (toMany ? manyTitle() : oneTitle());
  }

  /** {@code setAddress} / {@code setComments}. */
  public String set() {
    return "set" + (toMany ? manyTitle() : oneTitle());
  }

  /** {@code createAddress} / {@code createComment}. */
  public String create() {
    return "create" + oneTitle();
  }

  public String count() {
    return "count" + manyTitle();
  }

  public String hasOne() {
    return "has" + oneTitle();
  }

  public String hasMany() {
    return "has" + manyTitle();
  }

  public String addOne() {
    return "add" + oneTitle();
  }

  public String addMany() {
    return "add" + manyTitle();
  }

  public String removeOne() {
    return "remove" + oneTitle();
  }

  public String removeMany() {
    return "remove" + manyTitle();
  }

  /** Every method name, in the order the DAO declares them. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    if (!toMany) {
      names.addAll(List.of(get(), set(), create()));
    } else {
      names.addAll(List.of(get(), count(), hasOne(), hasMany(), addOne(), addMany(), removeOne(),
          removeMany(), set(), create()));
    }
    return names;
  }

  /** The singular in a method name: {@code Comment}. */
  public String oneTitle() {
    return Naming.upperCamel(one);
  }

  /** The alias in a method name: {@code Comments}. */
  public String manyTitle() {
    return Naming.upperCamel(many);
  }
}
