#!/bin/sh
# For every active guidebot-app@PORT and guidebot-rasa@PORT unit: restart it if its health
# URL has not answered within 10 s, three checks in a row (state in /run/guidebot).
set -u
mkdir -p /run/guidebot/health
for unit in $(systemctl list-units --state=active --no-legend --plain 'guidebot-app@*' 'guidebot-rasa@*' | awk '{print $1}'); do
  port=${unit#*@}; port=${port%.service}
  case $unit in
    guidebot-app@*) url=http://127.0.0.1:$port/healthz ;;
    *) url=http://127.0.0.1:$port/webhooks/rest/ ;;
  esac
  strikes=/run/guidebot/health/$unit
  if curl -fsS -m 10 -o /dev/null "$url"; then
    rm -f "$strikes"
  else
    n=$(( $(cat "$strikes" 2>/dev/null || echo 0) + 1 ))
    echo "$n" > "$strikes"
    if [ "$n" -ge 3 ]; then
      echo "guidebot: $unit did not answer $url three times: restarting it"
      rm -f "$strikes"
      systemctl restart "$unit"
    fi
  fi
done
