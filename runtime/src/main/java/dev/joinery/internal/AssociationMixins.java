package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.query.Condition;
import dev.joinery.query.Query;
import java.util.List;

/** Sequelize's association mixins, generic over the association; see JoineryDao. */
public final class AssociationMixins<T> {
  public <A> A getOne(T row, Association<T, A> association) { throw todo(); }

  public <A> List<A> getMany(T row, Association<T, A> association, Query<A> query) { throw todo(); }

  public <A> T setOne(T row, Association<T, A> association, A target) { throw todo(); }

  public <A> A create(T row, Association<T, A> association, A target) { throw todo(); }

  public <A> long count(T row, Association<T, A> association, Condition<A> where) { throw todo(); }

  public <A> boolean has(T row, Association<T, A> association, List<A> targets) { throw todo(); }

  public <A> void add(T row, Association<T, A> association, List<A> targets) { throw todo(); }

  public <A> void remove(T row, Association<T, A> association, List<A> targets) { throw todo(); }

  public <A> void set(T row, Association<T, A> association, List<A> targets) { throw todo(); }

  private static UnsupportedOperationException todo() {
    return new UnsupportedOperationException("not implemented yet");
  }
}
