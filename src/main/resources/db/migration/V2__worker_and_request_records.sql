-- What each job worker did for an external task, so that handling the same task twice changes nothing twice.
CREATE TABLE processed_job (
    external_task_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    topic            VARCHAR(100) NOT NULL,
    business_key     VARCHAR(100),
    outcome          VARCHAR(16)  NOT NULL,
    error_code       VARCHAR(100),
    error_message    VARCHAR(1000),
    variables_json   TEXT,
    processed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_processed_job_outcome CHECK (outcome IN ('COMPLETED', 'BPMN_ERROR'))
);

-- The first response to a POST carrying an Idempotency-Key, returned again when the request is repeated.
CREATE TABLE idempotent_request (
    idempotency_key  VARCHAR(200) NOT NULL,
    principal        VARCHAR(100) NOT NULL,
    request_method   VARCHAR(10)  NOT NULL,
    request_path     VARCHAR(500) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    response_status  INTEGER      NOT NULL,
    response_type    VARCHAR(200),
    response_location VARCHAR(500),
    response_body    TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (principal, idempotency_key)
);
