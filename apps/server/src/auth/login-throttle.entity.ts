import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins of one username from one client address, kept in the database so that every
 * instance behind a load balancer throttles alike and a restart forgets nothing.
 */
@Entity('login_throttle')
@Index(['clientAddress', 'lastFailureAt'])
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username: string;

  /** '' when the address is unknown */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  clientAddress: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'datetime' })
  lastFailureAt: Date;

  @Column({ type: 'datetime', nullable: true })
  blockedUntil: Date | null;
}
