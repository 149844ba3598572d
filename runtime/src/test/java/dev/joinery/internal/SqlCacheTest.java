package dev.joinery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.dialect.PostgresDialect;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SqlCacheTest {
  private static Sql render(Query<Tutorial> query) {
    Selection selection = Selection.of(TutorialTable.INSTANCE, query);
    LevelRun run = new LevelRun(SelectPlan.forRoots(selection), selection);
    return SelectSql.rows(PostgresDialect.INSTANCE, run, List.of(), null);
  }

  private static Query<Tutorial> withComments() {
    return Query.include(TutorialTable.COMMENTS.include()
        .where(CommentTable.NAME.in("a", "b")).orderBy(CommentTable.NAME.asc()));
  }

  @Test
  void aShapeRendersItsTextOnceAndBindsItsOwnValues() {
    Sql first = render(withComments().and(TutorialTable.ID.eq(1L)));
    Sql second = render(withComments().and(TutorialTable.ID.eq(2L)));
    Sql third = render(withComments().and(TutorialTable.ID.eq(3L)));

    assertThat(second.text()).isEqualTo(first.text()).contains("LEFT JOIN");
    assertThat(third.text()).as("the cached text").isSameAs(second.text());
    // The include's IN in the join, the key, the include's IN again in the EXISTS.
    assertThat(first.values().toString()).isEqualTo("[a, b, 1, a, b]");
    assertThat(third.values().toString()).isEqualTo("[a, b, 3, a, b]");
  }

  @Test
  void aShapeBuildsItsPlanOnceAndEachCallBindsItsOwnIncludeValues() {
    Query<Tutorial> first = Query.include(TutorialTable.COMMENTS.include()
        .where(CommentTable.NAME.in("a", "b"))).and(TutorialTable.ID.eq(1L));
    Query<Tutorial> second = Query.include(TutorialTable.COMMENTS.include()
        .where(CommentTable.NAME.in("c", "d"))).and(TutorialTable.ID.eq(2L));

    SelectPlan plan = SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, first));
    assertThat(SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, second)))
        .as("the plan of the same shape").isSameAs(plan);
    // The include's IN in the join, the key, the include's IN again in the EXISTS.
    assertThat(render(first).values().toString()).isEqualTo("[a, b, 1, a, b]");
    assertThat(render(second).values().toString()).isEqualTo("[c, d, 2, c, d]");
    // Another shape (no key, so the comments take a statement of their own) gets its own plan,
    // whose comments level is planned with it, once.
    Query<Tutorial> many = Query.include(TutorialTable.COMMENTS.include()
        .where(CommentTable.NAME.in("a", "b")));
    SelectPlan roots = SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, many));
    assertThat(roots).isNotSameAs(plan);
    assertThat(roots.root.levels[0]).isNotNull()
        .isSameAs(SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, many)).root.levels[0]);
    assertThat(plan.root.levels[0]).as("joined into the one root's statement").isNull();
  }

  @Test
  void theCacheOfPlansIsBounded() {
    for (int limit = 1; limit <= SelectPlan.MAX_PLANS + 50; limit++) {
      SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, Query.<Tutorial>all().limit(limit)));
    }
    assertThat(SelectPlan.cachedPlans()).isLessThanOrEqualTo(SelectPlan.MAX_PLANS);
    Query<Tutorial> last = Query.<Tutorial>all().limit(SelectPlan.MAX_PLANS + 50);
    assertThat(SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, last)))
        .as("the newest shape is kept").isSameAs(
            SelectPlan.forRoots(Selection.of(TutorialTable.INSTANCE, last)));
  }

  @Test
  void valuesThatChangeTheTextMakeAnotherShape() {
    String one = render(Query.where(TutorialTable.TITLE.eq("x"))).text();
    assertThat(render(Query.where(TutorialTable.TITLE.eq(null))).text())
        .isNotEqualTo(one).contains("IS NULL");
    assertThat(render(Query.where(TutorialTable.TITLE.in("x", "y"))).text())
        .isNotEqualTo(render(Query.where(TutorialTable.TITLE.in("x"))).text());
    assertThat(render(Query.<Tutorial>all().limit(5)).text())
        .isNotEqualTo(render(Query.<Tutorial>all()).text())
        .isNotEqualTo(render(Query.<Tutorial>all().limit(5).offset(1)).text());
  }

  @Test
  void pagesShareOneTextTheirBoundsBound() {
    Sql first = render(Query.<Tutorial>all().limit(5).offset(0));
    Sql third = render(Query.<Tutorial>all().limit(5).offset(10));

    assertThat(third.text()).isEqualTo(first.text()).endsWith(" LIMIT ? OFFSET ?");
    assertThat(first.values().toString()).isEqualTo("[5, 0]");
    assertThat(third.values().toString()).isEqualTo("[5, 10]");
  }
  @Test
  void inListsOfNearbySizesShareOneTextPaddedWithTheirLastValue() {
    Sql nine = render(Query.where(TutorialTable.ID.in(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)));
    Sql ten = render(Query.where(TutorialTable.ID.in(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));

    assertThat(ten.text()).isEqualTo(nine.text()).contains("IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    assertThat(nine.values().toString()).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 9]");
    assertThat(ten.values().toString()).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    assertThat(render(Query.where(TutorialTable.ID.in(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L,
        11L))).text()).isNotEqualTo(ten.text()).contains("IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  @Test
  void inListSizesAreExactUpToEightThenRoundedToThreeSignificantBits() {
    int[] sizes = {1, 2, 8, 9, 10, 11, 13, 15, 17, 33, 100, 1_000, 5_000, 10_000};
    int[] buckets = {1, 2, 8, 10, 10, 12, 14, 16, 20, 40, 112, 1_024, 5_120, 10_240};
    for (int i = 0; i < sizes.length; i++) {
      assertThat(Sql.inListSize(sizes[i])).as("%d values", sizes[i]).isEqualTo(buckets[i]);
    }
    long distinct = IntStream.rangeClosed(1, 10_000).map(Sql::inListSize)
        .distinct().count();
    assertThat(distinct).isEqualTo(49);
  }
}
