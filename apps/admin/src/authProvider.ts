// Token auth against the API: `login(username, password) { token user }`, `me`, and
// `Authorization: Bearer <token>` on every request (graphql.ts reads the token).
import type { AuthProvider, UserIdentity } from 'react-admin';
import { Role } from '@cppcc/domain';
import { graphql } from './gql';
import type { SessionUserFragment } from './gql/graphql';
import { gqlRequest, TOKEN_KEY } from './graphql';
import { canAccess, type Permissions } from './permissions';

export const USER_KEY = 'cppcc.user';

/** The signed-in user as me returns it, with what the server lets them call (stored between visits). */
export type SessionUser = SessionUserFragment & { operations: string[] };

// A fragment the documents below spread: declared for codegen, which generates its type and appends its text to theirs.
graphql(`
  fragment SessionUser on User {
    id
    username
    displayName
    role
    townshipId
    handlingUnitId
    township {
      id
      name
    }
    handlingUnit {
      id
      name
    }
  }
`);

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);
const SESSION = graphql(`
  query Session {
    me {
      ...SessionUser
    }
    myPermissions {
      operations
    }
  }
`);

export function storedUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

function store(token: string, user: SessionUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

function clear(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

export function permissionsOf(user: SessionUser | null): Permissions | null {
  if (!user) return null;
  // A session stored before myPermissions existed has no operations until verify() refreshes it.
  return {
    role: user.role,
    townshipId: user.townshipId ?? null,
    handlingUnitId: user.handlingUnitId ?? null,
    operations: user.operations ?? [],
  };
}

/** `me` and myPermissions for the stored token. */
async function fetchSession(): Promise<SessionUser | null> {
  const { me, myPermissions } = await gqlRequest(SESSION, {});
  return me ? { ...me, operations: myPermissions.operations } : null;
}

/** After a reload, confirm the token once (also picks up a changed role, township or permissions). */
let verified: Promise<SessionUser | null> | null = null;
function verify(): Promise<SessionUser | null> {
  verified ??= fetchSession()
    .then((session) => {
      if (session) localStorage.setItem(USER_KEY, JSON.stringify(session));
      return session;
    })
    .catch((error: { status?: number }) => {
      verified = null;
      if (error?.status === 401) throw error;
      return storedUser(); // server unreachable or older schema: keep the stored session
    });
  return verified;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await gqlRequest(
      LOGIN,
      { username: String(username ?? '').trim(), password: String(password ?? '') },
      { anonymous: true },
    );
    // The session (user and permissions) is read with the new token, as after a reload.
    localStorage.setItem(TOKEN_KEY, login.token);
    const session = await fetchSession();
    if (!session) throw new Error('登录失败，请重试');
    store(login.token, session);
    verified = Promise.resolve(session);
    // Handling units have no dashboard: land on their to-do list.
    return session.role === Role.HANDLING_UNIT ? { redirectTo: '/unit-worklist' } : undefined;
  },

  async logout() {
    clear();
    verified = null;
  },

  async checkAuth() {
    if (!localStorage.getItem(TOKEN_KEY) || !storedUser()) throw new Error('请先登录');
  },

  async checkError(error: { status?: number }) {
    // 401: token missing, expired or revoked → log out. 403 is a refusal, not a lost session.
    if (error?.status === 401) {
      clear();
      verified = null;
      throw new Error('登录已失效，请重新登录');
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = (await verify()) ?? storedUser();
    if (!user) throw new Error('请先登录');
    return {
      id: user.id,
      fullName: user.displayName || user.username,
      role: user.role,
      township: user.township?.name ?? null,
    };
  },

  async getPermissions() {
    return permissionsOf((await verify()) ?? storedUser());
  },

  async canAccess({ action, resource, record }) {
    return canAccess(permissionsOf((await verify()) ?? storedUser()), action, resource, record);
  },
};
