package cn.court.crossexec.workflow;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Idempotent helpers over the engine's identity and authorization services: create what is missing, once. */
class EngineAccess {

  static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  EngineAccess(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  void ensureGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  /** Creates the user when missing; an existing user keeps the password someone may have changed. */
  boolean ensureUser(String id, String firstName, String lastName, String password) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return false;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    identity.saveUser(user);
    return true;
  }

  /** Sets the password of a system account on every start (it may be generated for this run). */
  void ensureSystemUser(String id, String firstName, String lastName, String password) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    identity.saveUser(user);
  }

  void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(Authorization.AUTH_TYPE_GRANT, groupId, null, resource, resourceId, permissions);
  }

  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    grant(Authorization.AUTH_TYPE_GLOBAL, null, ANY, resource, resourceId, permissions);
  }

  /** Adds the permissions to the one authorization for (group or user, resource, id), creating it if missing. */
  private void grant(int type, String groupId, String userId, Resource resource, String resourceId, Permission... permissions) {
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).authorizationType(type);
    query = groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId);
    Authorization grant =
        query.list().stream()
            .findFirst()
            .orElseGet(
                () -> {
                  Authorization created = authorizations.createNewAuthorization(type);
                  created.setGroupId(groupId);
                  created.setUserId(userId);
                  created.setResource(resource);
                  created.setResourceId(resourceId);
                  return created;
                });
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
