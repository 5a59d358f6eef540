# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>ສະຖານທີ່ ແລະ ແຜນທີ່</b>
    ກະລຸນາເລືອກສະຖານທີ່ ເພື່ອຮັບໝຸດແຜນທີ່ ແລະ ບັດສຳລັບສະແດງໃຫ້ຄົນຂັບແທັກຊີ.
venues-taxi-button = 🚕 ບັດສຳລັບຄົນຂັບແທັກຊີ
venues-all-button = 📍 ສະຖານທີ່ທັງໝົດ
