package cn.court.crossexec.gateway;

/**
 * The credit platform (失信被执行人名单库 / 全国信用信息共享平台): listings are published to it and withdrawn from it.
 * Both calls are idempotent by the key the caller gives: a retried push (same key) publishes or withdraws once.
 * A failure throws; the caller retries and, when the retries run out, shows the push as failed. Selected by
 * {@code crossexec.gateway.credit-platform.mode}: {@code simulator} (default) or {@code http}.
 */
public interface CreditPlatformGateway {

  /** Publishes the entry; @return the platform's reference of the entry */
  String publish(CreditEntry entry, String idempotencyKey);

  /** Withdraws the entry (publication removed, credit repaired); @return the platform's reference of the withdrawal */
  String withdraw(String entryId, String cause, String idempotencyKey);
}
