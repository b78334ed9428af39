package cn.court.crossexec.workflow.worker;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedJobRepository extends JpaRepository<ProcessedJob, String> {}
