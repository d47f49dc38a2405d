package io.crmkit.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Role;
import io.crmkit.core.team.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final Member BOSS = Member.builder("boss").roles(Role.ADMINISTRATOR).build();
  private static final Member LENA = Member.builder("lena").roles(Role.SUPERVISOR).build();
  private static final Member OMAR = Member.builder("omar").roles(Role.SUPERVISOR).build();
  private static final Member ANA = Member.builder("ana").roles(Role.AGENT).build();
  private static final Member BEN = Member.builder("ben").roles(Role.AGENT).build();
  private static final Member CEM = Member.builder("cem").roles(Role.AGENT).build();
  private static final Organisation ORG =
      Organisation.of(
          List.of(BOSS, LENA, OMAR, ANA, BEN, CEM),
          List.of(Team.of("eu", "EU", "lena", "ana", "ben"), Team.of("us", "US", "omar", "cem")));
  private static final Permission CREATE_TAG = Permission.of("tag", Permission.CREATE);
  private static final Permission APPLY_TAG = Permission.parse("tag:apply");

  private static AccessPolicy seed004() {
    return AccessPolicy.builder(RoleHierarchy.standard(), ORG)
        .grant(Role.ADMINISTRATOR, CREATE_TAG)
        .grant(Role.AGENT, APPLY_TAG)
        .visibilityByRoleHierarchy()
        .build();
  }

  @Test
  void nothing_is_allowed_without_a_grant() {
    AccessPolicy none = AccessPolicy.builder(RoleHierarchy.standard(), ORG).build();
    for (Member m : ORG.members()) {
      assertThat(none.check(m, CREATE_TAG).allowed()).isFalse();
      assertThat(none.check(m, Permission.of("customer", Permission.READ)).allowed()).isFalse();
      assertThat(none.fieldAccess(m, "customer", "phone")).isEqualTo(FieldAccess.NONE);
    }
    assertThat(none.canSee(ANA, BEN.id()).allowed()).isFalse();
    assertThat(none.canSee(ANA, ANA.id()).allowed()).isTrue();
  }

  @Test
  void seed_004_only_administrators_create_tags_and_agents_apply_them() {
    AccessPolicy p = seed004();
    assertThat(p.check(BOSS, CREATE_TAG))
        .hasToString("allowed: role administrator grants tag:create");
    assertThat(p.check(ANA, CREATE_TAG))
        .hasToString("denied: no role of ana [agent] grants tag:create");
    assertThat(p.check(LENA, CREATE_TAG).allowed()).isFalse();
    assertThat(p.check(ANA, APPLY_TAG).allowed()).isTrue();
    // senior roles inherit what the roles below them may do
    assertThat(p.check(BOSS, APPLY_TAG))
        .hasToString("allowed: role administrator (above agent) grants tag:apply");
    assertThatThrownBy(() -> p.check(ANA, CREATE_TAG).orThrow())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("denied: no role of ana [agent] grants tag:create");
  }

  @Test
  void seed_004_data_visibility_follows_the_role_hierarchy() {
    AccessPolicy p = seed004();
    assertThat(p.canSee(ANA, BEN.id()).allowed()).isFalse();
    assertThat(p.canSee(LENA, CEM.id()).allowed()).isTrue();
    assertThat(p.canSee(LENA, OMAR.id()).allowed()).isFalse();
    assertThat(p.canSee(BOSS, OMAR.id()).allowed()).isTrue();
    record Ticket(String id, MemberId owner) {}
    List<Ticket> tickets =
        List.of(
            new Ticket("t1", ANA.id()), new Ticket("t2", BEN.id()), new Ticket("t3", LENA.id()));
    assertThat(p.visible(ANA, tickets, Ticket::owner)).extracting(Ticket::id).containsExactly("t1");
    assertThat(p.visible(LENA, tickets, Ticket::owner))
        .extracting(Ticket::id)
        .containsExactly("t1", "t2", "t3");
  }

  @Test
  void without_role_visibility_managers_see_their_teams_only() {
    AccessPolicy p =
        AccessPolicy.builder(RoleHierarchy.standard(), ORG).seesAll(Role.ADMINISTRATOR).build();
    assertThat(p.canSee(LENA, ANA.id())).hasToString("allowed: lena manages ana");
    assertThat(p.canSee(LENA, CEM.id()).allowed()).isFalse();
    assertThat(p.canSee(BOSS, CEM.id()))
        .hasToString("allowed: role administrator sees every record");
  }

  @Test
  void field_access_takes_the_highest_grant_and_a_wildcard() {
    AccessPolicy p =
        AccessPolicy.builder(RoleHierarchy.standard(), ORG)
            .grantField(Role.AGENT, "customer", "phone", FieldAccess.READ)
            .grantField(Role.SUPERVISOR, "customer", AccessPolicy.ALL_FIELDS, FieldAccess.WRITE)
            .build();
    assertThat(p.checkField(ANA, "customer", "phone", FieldAccess.READ).allowed()).isTrue();
    assertThat(p.checkField(ANA, "customer", "phone", FieldAccess.WRITE))
        .hasToString("denied: ana has READ on customer.phone, needs WRITE");
    assertThat(p.checkField(ANA, "customer", "income", FieldAccess.READ).allowed()).isFalse();
    assertThat(p.fieldAccess(LENA, "customer", "income")).isEqualTo(FieldAccess.WRITE);
    assertThat(p.fieldAccess(BOSS, "customer", "phone")).isEqualTo(FieldAccess.WRITE);
  }

  @Test
  void permissions_and_hierarchies_validate() {
    assertThatThrownBy(() -> Permission.parse("tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resource:action");
    assertThatThrownBy(() -> Permission.of("Tag", "create"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Tag'");
    assertThatThrownBy(() -> RoleHierarchy.builder().role(Role.AGENT, Role.SUPERVISOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be declared before");
    assertThat(RoleHierarchy.standard().seniorsOf(Role.AGENT))
        .containsExactly(Role.SUPERVISOR, Role.ADMINISTRATOR);
  }
}
