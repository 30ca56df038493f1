(function () {
  // Camera scanning where the browser has the BarcodeDetector API; otherwise typing or a scanner still works.
  if (!("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  const btn = document.getElementById("camera-btn"), video = document.getElementById("camera");
  const input = document.querySelector("#checkin-form input[name=code]"), form = document.getElementById("checkin-form");
  btn.hidden = false;
  btn.addEventListener("click", async function () {
    const detector = new BarcodeDetector({formats: ["qr_code"]});
    const stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}});
    video.srcObject = stream; video.hidden = false; await video.play();
    const tick = async function () {
      const codes = await detector.detect(video).catch(() => []);
      if (codes.length) { stream.getTracks().forEach(t => t.stop()); input.value = codes[0].rawValue; form.submit(); return; }
      requestAnimationFrame(tick);
    };
    tick();
  });
})();
