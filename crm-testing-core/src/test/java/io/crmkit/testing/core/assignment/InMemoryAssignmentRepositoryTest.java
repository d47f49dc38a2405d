package io.crmkit.testing.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentRepository;
import io.crmkit.core.assignment.InMemoryAssignmentRepository;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.team.MemberId;
import io.crmkit.testing.core.AssignmentRepositoryContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryAssignmentRepositoryTest extends AssignmentRepositoryContract {

  @Override
  protected AssignmentRepository newRepository() {
    return new InMemoryAssignmentRepository();
  }

  @Test
  void to_string_shows_the_count() {
    AssignmentRepository repo = newRepository();
    repo.claim(Assignment.of(WorkItem.of("t-1"), MemberId.of("ana"), Instant.EPOCH, "test"), 1);
    assertThat(repo).hasToString("InMemoryAssignmentRepository[1 open assignments]");
  }
}
