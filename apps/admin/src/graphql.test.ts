import { describe, expect, it } from 'vitest';
import { formFieldOf, STALE_MESSAGE, toHttpError } from './graphql';

describe('formFieldOf', () => {
  it('strips the input prefix and turns indexes into form paths', () => {
    expect(formFieldOf('input.name')).toBe('name');
    expect(formFieldOf('input.members[2].memberId')).toBe('members.2.memberId');
    expect(formFieldOf('page.limit')).toBe('page.limit');
  });
});

describe('toHttpError', () => {
  it('BAD_USER_INPUT → 400 with every field error on its form field', () => {
    const e = toHttpError({
      message: 'input.phone: 电话号码格式不正确（手机11位，或区号-号码）',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.phone',
        fields: [
          { field: 'input.phone', message: '电话号码格式不正确（手机11位，或区号-号码）' },
          { field: 'input.birthDate', message: '出生日期不能晚于今天' },
        ],
      },
    });
    expect(e.status).toBe(400);
    expect(e.message).toBe('电话号码格式不正确（手机11位，或区号-号码）');
    expect(e.body).toEqual({
      code: 'BAD_USER_INPUT',
      errors: { phone: '电话号码格式不正确（手机11位，或区号-号码）', birthDate: '出生日期不能晚于今天' },
    });
  });
  it('BAD_USER_INPUT with only `field` uses the message without its field prefix', () => {
    const e = toHttpError({
      message: 'input.name: 姓名不能为空',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    expect(e.body.errors).toEqual({ name: '姓名不能为空' });
  });
  it('CONFLICT on a versioned update → 409, stale, a clear Chinese message', () => {
    const e = toHttpError(
      { message: '委员已被他人修改（当前版本 3），请刷新后重试', extensions: { code: 'CONFLICT', currentVersion: 3 } },
      { versioned: true },
    );
    expect(e.status).toBe(409);
    expect(e.message).toBe(STALE_MESSAGE);
    expect(e.body).toMatchObject({ code: 'CONFLICT', stale: true, currentVersion: 3 });
  });
  it('other CONFLICTs keep the server message (e.g. a township that still has members)', () => {
    const e = toHttpError({ message: '乡镇「高塘镇」仍有委员，不能删除', extensions: { code: 'CONFLICT' } });
    expect(e.status).toBe(409);
    expect(e.message).toBe('乡镇「高塘镇」仍有委员，不能删除');
    expect(e.body.stale).toBeUndefined();
  });
  it('maps the other codes onto HTTP statuses', () => {
    expect(toHttpError({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }).status).toBe(401);
    expect(toHttpError({ message: 'no', extensions: { code: 'FORBIDDEN' } }).status).toBe(403);
    expect(toHttpError({ message: 'x', extensions: { code: 'NOT_FOUND' } }).status).toBe(404);
    expect(toHttpError({ message: 'x', extensions: { code: 'INVALID_TRANSITION' } }).status).toBe(422);
    expect(toHttpError({ message: 'x', extensions: { code: 'RATE_LIMITED' } }).status).toBe(429);
    expect(toHttpError({ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }).status).toBe(503);
    const internal = toHttpError({ message: 'SELECT * FROM …', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(internal.status).toBe(500);
    expect(internal.message).toBe('服务器内部错误');
  });
});
