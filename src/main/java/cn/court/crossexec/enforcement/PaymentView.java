package cn.court.crossexec.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record PaymentView(Long id, long amountFen, LocalDate receivedOn, String payer, PaymentChannel channel,
    String reference, String recordedBy, OffsetDateTime recordedAt, long caseRecoveredFen) {}
