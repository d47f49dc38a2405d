package io.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SegmentTableProperties {

  /**
   * A table of 3×3×2 cells: each cell (as a one-cell box) given to the segment numbered in {@code
   * owners}.
   */
  static List<SegmentDefinition> segments(List<Integer> owners, List<Integer> extraOwners) {
    Map<Integer, List<ScoreBox>> boxes = new TreeMap<>();
    int cell = 0;
    for (int r = 1; r <= 3; r++) {
      for (int f = 1; f <= 3; f++) {
        for (int m = 1; m <= 2; m++) {
          ScoreBox box = ScoreBox.of(r, r, f, f, m, m);
          int owner = owners.get(cell);
          if (owner >= 0) {
            boxes.computeIfAbsent(owner, k -> new ArrayList<>()).add(box);
          }
          int extra = extraOwners.get(cell);
          if (extra >= 0 && extra != owner) {
            boxes.computeIfAbsent(extra, k -> new ArrayList<>()).add(box);
          }
          cell++;
        }
      }
    }
    List<SegmentDefinition> out = new ArrayList<>();
    boxes.forEach((owner, b) -> out.add(new SegmentDefinition("S" + owner, "", b)));
    return out;
  }

  @Property(tries = 200)
  void a_table_is_valid_exactly_when_every_cell_has_one_owner_and_otherwise_lists_the_bad_cells(
      @ForAll @Size(18) List<@IntRange(min = -1, max = 3) Integer> owners,
      @ForAll @Size(18) List<@IntRange(min = -4, max = 3) Integer> extraOwners) {
    List<SegmentDefinition> segs = segments(owners, extraOwners);
    List<String> uncovered = new ArrayList<>();
    List<String> doubly = new ArrayList<>();
    int cell = 0;
    for (int r = 1; r <= 3; r++) {
      for (int f = 1; f <= 3; f++) {
        for (int m = 1; m <= 2; m++) {
          int owner = owners.get(cell);
          int extra = extraOwners.get(cell);
          if (owner < 0 && extra < 0) {
            uncovered.add("" + r + f + m);
          } else if (owner >= 0 && extra >= 0 && extra != owner) {
            TreeSet<String> names = new TreeSet<>(List.of("S" + owner, "S" + extra));
            doubly.add("" + r + f + m + " in " + String.join(", ", names));
          }
          cell++;
        }
      }
    }
    if (segs.isEmpty()) {
      assertThatThrownBy(() -> SegmentTable.of(3, 3, 2, segs))
          .hasMessageContaining("segments must number");
    } else if (uncovered.isEmpty() && doubly.isEmpty()) {
      SegmentTable t = SegmentTable.of(3, 3, 2, segs);
      assertThat(SegmentTable.fromJson(t.toJson())).isEqualTo(t);
      cell = 0;
      for (int r = 1; r <= 3; r++) {
        for (int f = 1; f <= 3; f++) {
          for (int m = 1; m <= 2; m++) {
            int owner = owners.get(cell) >= 0 ? owners.get(cell) : extraOwners.get(cell);
            assertThat(t.segmentOf(r, f, m).name()).isEqualTo("S" + owner);
            cell++;
          }
        }
      }
    } else {
      assertThatThrownBy(() -> SegmentTable.of(3, 3, 2, segs))
          .isInstanceOfSatisfying(
              InvalidSegmentTableException.class,
              e -> {
                assertThat(e.uncoveredCells()).isEqualTo(uncovered);
                assertThat(e.doublyCoveredCells()).isEqualTo(doubly);
              });
    }
  }
}
