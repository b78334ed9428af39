package cn.court.crossexec.platform;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, IdempotentRequest.Key> {}
