package cn.court.crossexec.gateway;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The inquiry system, simulated — a real part of the product for demos, training and tests. For a given debtor
 * ID number every source always answers the same (deterministic), after the configured delay, on another thread,
 * through {@link AssetInquiryAnswers#receive} exactly as the real system's callback does. Configured sources can
 * fail or stay silent to rehearse retries and time-outs.
 */
@Component
@ConditionalOnProperty(name = "crossexec.gateway.asset-inquiry.mode", havingValue = "simulator", matchIfMissing = true)
class SimulatedAssetInquiryGateway implements AssetInquiryGateway {


  private final AssetInquiryAnswers answers;
  private final AssetInquiryProperties properties;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "asset-inquiry-simulator");
    t.setDaemon(true);
    return t;
  });

  SimulatedAssetInquiryGateway(AssetInquiryAnswers answers, AssetInquiryProperties properties) {
    this.answers = answers;
    this.properties = properties;
  }

  @Override
  public void submit(AssetInquiryRequest request) {
    for (AssetSource source : request.sources()) {
      if (properties.simulatorSilentSources().contains(source)) {
        continue; // never answers: the case's time-out must notice
      }
      AssetInquiryAnswer answer = answerFor(request, source, properties.simulatorFailingSources().contains(source));
      SimulatedCallback.schedule(scheduler, () -> answers.receive(answer), properties.simulatorDelay().toMillis(),
          "answer for inquiry " + answer.inquiryId() + " from " + answer.source());
    }
  }

  /** The answer a source gives for this debtor: the same every time. */
  static AssetInquiryAnswer answerFor(AssetInquiryRequest request, AssetSource source, boolean failing) {
    if (failing) {
      return new AssetInquiryAnswer(request.inquiryId(), request.caseId(), source, AssetInquiryAnswer.Outcome.FAILED,
          source.label() + "查询通道暂不可用（模拟）", List.of());
    }
    long seed = seed(request.debtorIdNumber(), source);
    if (Math.floorMod(seed, 100) >= 55) {
      return new AssetInquiryAnswer(request.inquiryId(), request.caseId(), source, AssetInquiryAnswer.Outcome.NONE,
          "未查询到" + source.label(), List.of());
    }
    int count = 1 + (int) Math.floorMod(seed >>> 8, 2);
    List<AssetInquiryAnswer.Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long unit = Math.floorMod(seed >>> (16 + 8 * i), 9_000) + 100; // 100 .. 9,099 units
      findings.add(finding(source, unit, i));
    }
    return new AssetInquiryAnswer(request.inquiryId(), request.caseId(), source, AssetInquiryAnswer.Outcome.FOUND,
        "查询到" + source.label() + " " + findings.size() + " 项", findings);
  }

  private static AssetInquiryAnswer.Finding finding(AssetSource source, long unit, int index) {
    return switch (source) {
      case BANK -> new AssetInquiryAnswer.Finding(source, "活期存款，账号尾号" + (1000 + unit % 9000), unit * 10_000L, "中国工商银行深圳分行");
      case ONLINE_FUNDS -> new AssetInquiryAnswer.Finding(source, "第三方支付账户余额", unit * 1_000L, "支付平台");
      case SECURITIES -> new AssetInquiryAnswer.Finding(source, "A股证券账户持仓", unit * 50_000L, "中国证券登记结算有限责任公司");
      case EQUITY -> new AssetInquiryAnswer.Finding(source, "有限责任公司股权 " + (1 + unit % 60) + "%", unit * 200_000L, "市场监督管理局");
      case REAL_ESTATE -> new AssetInquiryAnswer.Finding(source, "住宅一套，建筑面积 " + (60 + unit % 120) + " 平方米",
          unit * 1_000_000L, "深圳市南山区不动产登记中心");
      case VEHICLE -> new AssetInquiryAnswer.Finding(source, "小型轿车，号牌粤B" + (10000 + unit + index), unit * 20_000L, "深圳市公安局交通警察支队");
    };
  }

  private static long seed(String debtorIdNumber, AssetSource source) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((debtorIdNumber + ":" + source.name()).getBytes(StandardCharsets.UTF_8));
      long seed = 0;
      for (int i = 0; i < 8; i++) {
        seed = (seed << 8) | (hash[i] & 0xff);
      }
      return seed;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }
}
