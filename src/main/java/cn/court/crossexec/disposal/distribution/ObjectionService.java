package cn.court.crossexec.disposal.distribution;

import cn.court.crossexec.disposal.distribution.DistributionRecords.Distribution;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Objection;
import cn.court.crossexec.disposal.distribution.DistributionRecords.Share;
import cn.court.crossexec.enforcement.CaseMessage;
import cn.court.crossexec.platform.ConflictException;
import cn.court.crossexec.platform.CurrentUser;
import cn.court.crossexec.platform.FieldError;
import cn.court.crossexec.platform.InvalidRequestException;
import cn.court.crossexec.platform.Money;
import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objection procedure on a served plan, each step only in its window: an objection, the other side's
 * counter-objection, the objector's lawsuit, and the judgment (handed to the distribution's process).
 */
@Service
@Transactional
public class ObjectionService {

  private final DistributionRecords records;
  private final DistributionCases cases;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  ObjectionService(DistributionRecords records, DistributionCases cases, ApplicationEventPublisher publisher, Clock clock) {
    this.records = records;
    this.cases = cases;
    this.publisher = publisher;
    this.clock = clock;
  }

  long raise(String caseId, ObjectionRequests.Objection request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    Distribution d = latest(caseId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (d.status() != DistributionStatus.NOTIFIED || !now.isBefore(d.objectionsCloseAt())) {
      throw new ConflictException("分配方案未送达或异议期已届满，不能提出异议（" + d.status().label() + "）");
    }
    List<Share> shares = records.sharesOf(d.id());
    boolean byDebtor = Boolean.TRUE.equals(request.byDebtor());
    Share objector = byDebtor || request.objectorClaimId() == null ? null
        : shares.stream().filter(s -> s.claimId() == request.objectorClaimId()).findFirst().orElse(null);
    Share target = shares.stream().filter(s -> s.claimId() == request.targetClaimId()).findFirst().orElse(null);
    List<FieldError> errors = new ArrayList<>();
    if (byDebtor && request.objectorClaimId() != null) {
      errors.add(FieldError.of("objectorClaimId", "被执行人提出异议的，不填异议人的债权"));
    } else if (!byDebtor && request.objectorClaimId() == null) {
      errors.add(FieldError.of("objectorClaimId", "不能为空（被执行人提出异议的，填写 byDebtor）"));
    } else if (!byDebtor && objector == null) {
      errors.add(FieldError.of("objectorClaimId", "异议人的债权不在本次分配方案中"));
    }
    if (target == null) {
      errors.add(FieldError.of("targetClaimId", "被异议的债权不在本次分配方案中"));
    } else if (request.targetClaimId().equals(request.objectorClaimId())) {
      errors.add(FieldError.of("targetClaimId", "不能对自己的债权提出异议"));
    }
    if (errors.isEmpty()) {
      List<Objection> raised = records.objectionsOf(d.id(), ObjectionStatus.RAISED);
      long disputedOfTarget = raised.stream().filter(o -> o.targetClaimId() == target.claimId())
          .mapToLong(Objection::disputedFen).sum();
      if (request.disputedFen() > target.shareFen() - disputedOfTarget) {
        errors.add(FieldError.of("disputedFen", "争议金额超过被异议债权尚未被争议的分配额 "
            + Money.yuan(target.shareFen() - disputedOfTarget)));
      } else if (!byDebtor) {
        long claimedByObjector = raised.stream().filter(o -> Long.valueOf(objector.claimId()).equals(o.objectorClaimId()))
            .mapToLong(Objection::disputedFen).sum();
        if (request.disputedFen() > objector.claimedFen() - objector.shareFen() - claimedByObjector) {
          errors.add(FieldError.of("disputedFen", "争议金额超过异议人按方案未受偿的部分 "
              + Money.yuan(objector.claimedFen() - objector.shareFen() - claimedByObjector)));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String objectorName = byDebtor ? cases.theCase(caseId).parties().stream().filter(p -> p.role().equals("DEBTOR"))
        .map(p -> p.name()).findFirst().orElse(null) : records.claim(request.objectorClaimId()).orElseThrow().creditorName();
    long id = records.insertObjection(d.id(), byDebtor ? null : request.objectorClaimId(), objectorName,
        request.targetClaimId(), request.disputedFen(), request.reason().trim(), user.userId(), now);
    cases.record(caseId, "DISTRIBUTION_OBJECTION", (byDebtor ? "被执行人" : "债权人") + objectorName + "对分配方案提出异议：争议 "
        + Money.yuan(request.disputedFen()) + "，理由：" + request.reason().trim(), user.userId());
    return id;
  }

  void counter(String caseId, long objectionId, ObjectionRequests.Counter request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    Distribution d = latest(caseId);
    Objection o = objectionOf(d, objectionId);
    if (d.status() != DistributionStatus.OBJECTIONS || !OffsetDateTime.now(clock).isBefore(d.counterCloseAt())
        || o.status() != ObjectionStatus.RAISED) {
      throw new ConflictException("不在反对意见期内，或该异议已有反对意见（" + o.status().label() + "）");
    }
    records.countered(o.id(), request.reason().trim(), user.userId(), OffsetDateTime.now(clock));
    cases.record(caseId, "DISTRIBUTION_COUNTERED", "被异议一方对异议提出反对意见：" + request.reason().trim(), user.userId());
  }

  void sue(String caseId, long objectionId, ObjectionRequests.Lawsuit request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    Distribution d = latest(caseId);
    Objection o = objectionOf(d, objectionId);
    if (d.status() != DistributionStatus.COUNTERED || !OffsetDateTime.now(clock).isBefore(d.lawsuitsCloseAt())
        || o.status() != ObjectionStatus.COUNTERED) {
      throw new ConflictException("不在起诉期内，或该异议不能起诉（" + o.status().label() + "）");
    }
    records.sued(o.id(), request.lawsuitNumber().trim(), user.userId(), OffsetDateTime.now(clock));
    cases.record(caseId, "DISTRIBUTION_LAWSUIT", "异议人提起分配方案异议之诉（" + request.lawsuitNumber().trim() + "），争议款项提存",
        user.userId());
  }

  void judge(String caseId, long objectionId, ObjectionRequests.Judgment request, CurrentUser user) {
    cases.actedOnBy(caseId, user);
    Distribution d = latest(caseId);
    Objection o = objectionOf(d, objectionId);
    if (o.status() != ObjectionStatus.SUED || d.status() != DistributionStatus.IN_LAWSUIT) {
      throw new ConflictException("该异议没有待判决的分配方案异议之诉（" + o.status().label() + "）");
    }
    if (request.objectorAwardedFen() > o.disputedFen()) {
      throw new InvalidRequestException("objectorAwardedFen", "判归异议人的金额不能超过争议金额 " + Money.yuan(o.disputedFen()));
    }
    records.judged(o.id(), request.objectorAwardedFen(), user.userId(), OffsetDateTime.now(clock));
    cases.record(caseId, "DISTRIBUTION_JUDGMENT", "分配方案异议之诉（" + o.lawsuitNumber() + "）判决：判归异议人 "
        + Money.yuan(request.objectorAwardedFen()), user.userId());
    // the process must be waiting for a judgment; otherwise the whole change is refused
    publisher.publishEvent(new CaseMessage(caseId, "LawsuitJudged", Map.of("judgedObjectionId", o.id()), true,
        "distributionId", d.id(), "参与分配流程当前不在等待判决，请稍后重试"));
  }

  private Distribution latest(String caseId) {
    Distribution found = records.latestOf(caseId).orElseThrow(() -> new NotFoundException("本案尚未启动参与分配"));
    return records.lock(found.id());
  }

  private Objection objectionOf(Distribution d, long objectionId) {
    return records.objection(objectionId).filter(o -> o.distributionId().equals(d.id()))
        .orElseThrow(() -> new NotFoundException("未找到本次分配的异议：" + objectionId));
  }
}
