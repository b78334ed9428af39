package cn.court.crossexec.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first successful response to a POST with an Idempotency-Key, per caller and key. */
@Entity
@Table(name = "idempotent_request")
class IdempotentRequest implements org.springframework.data.domain.Persistable<IdempotentRequest.Key> {

  /**
   * A new claim is inserted, never merged onto an existing row: with an assigned id Spring Data would otherwise
   * merge, and a second claim would silently overwrite the first request's answer.
   */
  @jakarta.persistence.Transient private boolean fresh;

  @Embeddable
  record Key(
      @Column(name = "principal") String principal,
      @Column(name = "idempotency_key") String idempotencyKey)
      implements Serializable {}

  @EmbeddedId private Key id;

  @Column(name = "request_method", nullable = false)
  private String method;

  @Column(name = "request_path", nullable = false)
  private String path;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "response_status", nullable = false)
  private int status;

  @Column(name = "response_type")
  private String contentType;

  @Column(name = "response_location")
  private String location;

  @Column(name = "response_body")
  private String body;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected IdempotentRequest() {}

  IdempotentRequest(Key id, String method, String path, String requestHash, int status, String contentType,
      String location, String body, OffsetDateTime createdAt) {
    this.id = id;
    this.method = method;
    this.path = path;
    this.requestHash = requestHash;
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.body = body;
    this.createdAt = createdAt;
    this.fresh = true;
  }

  @Override
  public Key getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return fresh;
  }

  @jakarta.persistence.PostLoad
  @jakarta.persistence.PostPersist
  void stored() {
    fresh = false;
  }

  /** A claim: the first request with this key is still running (no response yet). */
  static final int PENDING = 0;

  boolean pending() {
    return status == PENDING;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The claimed key gets the response the request committed with. */
  void answer(int status, String contentType, String location, String body) {
    this.status = status;
    this.contentType = contentType;
    this.location = location;
    this.body = body;
  }

  String requestHash() {
    return requestHash;
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  String location() {
    return location;
  }

  String body() {
    return body;
  }
}
